import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { PageRoot } from '../../features/elder/PageRoot'
import { describeMe } from '../../features/members/describeMe'
import { useMe } from '../../features/members/useMe'
import { RegisterForm } from '../../features/onboarding/RegisterForm'
import { useRegisterResident } from '../../features/onboarding/useRegisterResident'
import { SETUP_ADMIN_PAGE } from '../../features/onboarding/useSetupFirstAdmin'
import { Loaded } from '../../shared/Loaded'

export default function RegisterPage() {
  const me = useMe()
  const form = useRegisterResident()
  return (
    <PageRoot>
      <Loaded
        state={me}
        empty={(data) => {
          const summary = describeMe(data)
          return summary.registered && { title: `您已登记为${summary.roleLabel}`, description: '不需要再次登记。' }
        }}
      >
        {() => <RegisterForm form={form} />}
      </Loaded>
      {/* The very first admin of a new deployment arrives here too (as a visitor, or registered already). */}
      {me.data && me.data.role !== 'admin' ? (
        <BigButton kind="plain" block onClick={() => void Taro.navigateTo({ url: SETUP_ADMIN_PAGE })}>
          我是社区党委管理员，输入初始化码
        </BigButton>
      ) : null}
    </PageRoot>
  )
}
