import { PageRoot } from '../../features/elder/PageRoot'
import { describeMe } from '../../features/members/describeMe'
import { useMe } from '../../features/members/useMe'
import { RegisterForm } from '../../features/onboarding/RegisterForm'
import { useRegisterResident } from '../../features/onboarding/useRegisterResident'
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
    </PageRoot>
  )
}
