import { PageState } from '../../components/PageState'
import { BindingForm } from '../../features/binding/BindingForm'
import { BindingStatusCard } from '../../features/binding/BindingStatusCard'
import { useRequestBinding } from '../../features/binding/useRequestBinding'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'

const BINDABLE = ['visitor', 'resident']

export default function BindingPage() {
  const me = useMe()
  const form = useRequestBinding()

  let content
  if (me.data && !BINDABLE.includes(me.data.role)) {
    content = <PageState kind="empty" title="您已是党员身份" description="不需要再申请绑定。" />
  } else if (me.data) {
    const request = me.data.bindingRequest
    content = (
      <>
        {/* A pending or rejected request stays visible above the form; sending again replaces it. */}
        {request && request.status !== 'approved' ? <BindingStatusCard request={request} showRetry={false} /> : null}
        <BindingForm form={form} />
      </>
    )
  } else if (me.error) {
    content = <PageState kind="error" message={me.error.message} onRetry={() => void me.reload()} />
  } else {
    content = <PageState kind="loading" />
  }
  return <PageRoot>{content}</PageRoot>
}
