import { BindingForm } from '../../features/binding/BindingForm'
import { BindingStatusCard } from '../../features/binding/BindingStatusCard'
import { useRequestBinding } from '../../features/binding/useRequestBinding'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { Loaded } from '../../shared/Loaded'

const BINDABLE = ['visitor', 'resident']

export default function BindingPage() {
  const me = useMe()
  const form = useRequestBinding()
  return (
    <PageRoot>
      <Loaded state={me} empty={(data) => !BINDABLE.includes(data.role) && { title: '您已是党员身份', description: '不需要再申请绑定。' }}>
        {({ bindingRequest: request }) => (
          <>
            {/* A pending or rejected request stays visible above the form; sending again replaces it. */}
            {request && request.status !== 'approved' ? <BindingStatusCard request={request} showRetry={false} /> : null}
            <BindingForm form={form} />
          </>
        )}
      </Loaded>
    </PageRoot>
  )
}
