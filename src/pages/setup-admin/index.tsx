import { PageState } from '../../components/PageState'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { SetupAdminForm } from '../../features/onboarding/SetupAdminForm'
import { useSetupFirstAdmin } from '../../features/onboarding/useSetupFirstAdmin'

export default function SetupAdminPage() {
  const me = useMe()
  const form = useSetupFirstAdmin()

  let content
  if (me.data?.role === 'admin') {
    content = <PageState kind="empty" title="您已是社区党委管理员" description="不需要再次初始化。" />
  } else if (me.data) {
    content = <SetupAdminForm form={form} />
  } else if (me.error) {
    content = <PageState kind="error" message={me.error.message} onRetry={() => void me.reload()} />
  } else {
    content = <PageState kind="loading" />
  }
  return <PageRoot>{content}</PageRoot>
}
