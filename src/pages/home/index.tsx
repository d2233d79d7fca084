import { PageState } from '../../components/PageState'
import { SwitchIdentityLink } from '../../features/devAuth/SwitchIdentityLink'
import { PageRoot } from '../../features/elder/PageRoot'
import { describeMe } from '../../features/members/describeMe'
import { GreetingBanner } from '../../features/members/GreetingBanner'
import { IdentityCard } from '../../features/members/IdentityCard'
import { useMe } from '../../features/members/useMe'
import { RefreshFailedNotice } from '../../features/shared/RefreshFailedNotice'
import { usePullToReload } from '../../features/shared/usePullToReload'

export default function HomePage() {
  const { data, error, reload } = useMe()
  usePullToReload(reload)

  let content
  if (data) {
    const summary = describeMe(data)
    content = (
      <>
        <GreetingBanner summary={summary} />
        {error ? <RefreshFailedNotice error={error} onRetry={reload} /> : null}
        <IdentityCard me={data} summary={summary} />
      </>
    )
  } else if (error) {
    content = <PageState kind='error' message={error.message} onRetry={reload} />
  } else {
    content = <PageState kind='loading' />
  }

  return (
    <PageRoot>
      {content}
      <SwitchIdentityLink />
    </PageRoot>
  )
}
