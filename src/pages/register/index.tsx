import Taro from '@tarojs/taro'
import { BigButton } from '../../components/BigButton'
import { PageState } from '../../components/PageState'
import { PageRoot } from '../../features/elder/PageRoot'
import { describeMe } from '../../features/members/describeMe'
import { useMe } from '../../features/members/useMe'
import { RegisterForm } from '../../features/onboarding/RegisterForm'
import { useRegisterResident } from '../../features/onboarding/useRegisterResident'
import { SETUP_ADMIN_PAGE } from '../../features/onboarding/useSetupFirstAdmin'

export default function RegisterPage() {
  const me = useMe()
  const form = useRegisterResident()

  let content
  if (me.data) {
    content = (
      <>
        {describeMe(me.data).registered ? (
          <PageState kind="empty" title={`您已登记为${describeMe(me.data).roleLabel}`} description="不需要再次登记。" />
        ) : (
          <RegisterForm form={form} />
        )}
        {/* The very first admin of a new deployment arrives here too (as a visitor, or registered already). */}
        {me.data.role === 'admin' ? null : (
          <BigButton kind="plain" block onClick={() => void Taro.navigateTo({ url: SETUP_ADMIN_PAGE })}>
            我是社区党委管理员，输入初始化码
          </BigButton>
        )}
      </>
    )
  } else if (me.error) {
    content = <PageState kind="error" message={me.error.message} onRetry={() => void me.reload()} />
  } else {
    content = <PageState kind="loading" />
  }
  return <PageRoot>{content}</PageRoot>
}
