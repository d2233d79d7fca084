import { PageState } from '../../components/PageState'
import { ElderModeSetting } from '../../features/elder/ElderModeSetting'
import { PageRoot } from '../../features/elder/PageRoot'
import { ProfileCard } from '../../features/members/ProfileCard'
import { useMe } from '../../features/members/useMe'
import { RefreshFailedNotice } from '../../features/shared/RefreshFailedNotice'
import { usePullToReload } from '../../features/shared/usePullToReload'

export default function MinePage() {
  const { data, error, reload } = useMe()
  usePullToReload(reload)

  return (
    <PageRoot>
      {data && error ? <RefreshFailedNotice error={error} onRetry={reload} /> : null}
      {data ? (
        <ProfileCard me={data} />
      ) : error ? (
        <PageState kind='error' message={error.message} onRetry={reload} />
      ) : (
        <PageState kind='loading' />
      )}
      {/* The switch works even when the profile could not be loaded. */}
      <ElderModeSetting />
    </PageRoot>
  )
}
