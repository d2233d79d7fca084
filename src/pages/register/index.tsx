import { PageState } from '../../components/PageState'
import { PageRoot } from '../../features/elder/PageRoot'
import { describeMe } from '../../features/members/describeMe'
import { useMe } from '../../features/members/useMe'
import { RegisterForm } from '../../features/onboarding/RegisterForm'
import { useRegisterResident } from '../../features/onboarding/useRegisterResident'

export default function RegisterPage() {
  const me = useMe()
  const form = useRegisterResident()

  let content
  if (me.data && describeMe(me.data).registered) {
    content = <PageState kind="empty" title={`您已登记为${describeMe(me.data).roleLabel}`} description="不需要再次登记。" />
  } else if (me.data) {
    content = <RegisterForm form={form} />
  } else if (me.error) {
    content = <PageState kind="error" message={me.error.message} onRetry={() => void me.reload()} />
  } else {
    content = <PageState kind="loading" />
  }
  return <PageRoot>{content}</PageRoot>
}
