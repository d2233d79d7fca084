import { PageState } from '../../components/PageState'
import { HomeSection as ActivitiesHomeSection } from '../../features/activities/HomeSection'
import { BindingStatusCard } from '../../features/binding/BindingStatusCard'
import { PendingApprovalsCard } from '../../features/binding/PendingApprovalsCard'
import { usePendingBindingCount } from '../../features/binding/pendingCountStore'
import { visibleBindingRequest } from '../../features/binding/visibleBindingRequest'
import { SwitchIdentityLink } from '../../features/devAuth/SwitchIdentityLink'
import { ElderHome } from '../../features/elder/ElderHome'
import { useElderMode } from '../../features/elder/ElderModeContext'
import { PageRoot } from '../../features/elder/PageRoot'
import { describeMe } from '../../features/members/describeMe'
import { GreetingBanner } from '../../features/members/GreetingBanner'
import { IdentityCard } from '../../features/members/IdentityCard'
import { useMe } from '../../features/members/useMe'
import { HomeSection as NoticesHomeSection } from '../../features/notices/HomeSection'
import { VisitorChoices } from '../../features/onboarding/VisitorChoices'
import { HomeSection as PointsHomeSection } from '../../features/points/HomeSection'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import { HomeSection as StudyHomeSection } from '../../features/study/HomeSection'

export default function HomePage() {
  const { data, error, reload } = useMe()
  const { elder } = useElderMode()
  const manages = data?.role === 'secretary' || data?.role === 'admin'
  const pending = usePendingBindingCount(manages)
  usePullToReload(async () => {
    await Promise.all([reload(), manages ? pending.reload() : null])
  })

  let content
  if (data && elder && data.person) {
    // 长辈模式: four big buttons instead of the cards (visitors keep the normal page to register).
    content = (
      <>
        {error ? <RefreshFailedNotice error={error} onRetry={reload} /> : null}
        <ElderHome me={data} />
      </>
    )
  } else if (data) {
    const summary = describeMe(data)
    const request = visibleBindingRequest(data)
    content = (
      <>
        <GreetingBanner summary={summary} />
        {error ? <RefreshFailedNotice error={error} onRetry={reload} /> : null}
        {manages ? <PendingApprovalsCard pending={pending} onRetry={() => void pending.reload()} /> : null}
        {request ? <BindingStatusCard request={request} /> : null}
        <IdentityCard me={data} summary={summary} />
        {data.role === 'visitor' && request?.status !== 'pending' ? <VisitorChoices /> : null}
        <NoticesHomeSection me={data} />
        <ActivitiesHomeSection me={data} />
        <StudyHomeSection me={data} />
        <PointsHomeSection me={data} />
      </>
    )
  } else if (error) {
    content = <PageState kind="error" message={error.message} onRetry={reload} />
  } else {
    content = <PageState kind="loading" />
  }

  return (
    <PageRoot>
      {content}
      <SwitchIdentityLink />
    </PageRoot>
  )
}
