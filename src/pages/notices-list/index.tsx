import { PageState } from '../../components/PageState'
import { ListFooter } from '../../shared/ListFooter'
import { PageRoot } from '../../features/elder/PageRoot'
import { NoticeRow } from '../../features/notices/NoticeRow'
import { useNoticeList } from '../../features/notices/useNotices'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'

export default function NoticesListPage() {
  const list = useNoticeList()
  usePullToReload(list.reload)

  if (!list.items.length) {
    return (
      <PageRoot>
        {list.loading ? (
          <PageState kind="loading" />
        ) : list.error ? (
          <PageState kind="error" message={list.error.message} onRetry={list.reload} />
        ) : (
          <PageState kind="empty" title="暂时没有通知" description="社区和支部发布的通知会显示在这里" />
        )}
      </PageRoot>
    )
  }
  return (
    <PageRoot>
      {list.error ? <RefreshFailedNotice error={list.error} onRetry={list.reload} /> : null}
      {list.items.map((notice) => (
        <NoticeRow key={notice.id} notice={notice} />
      ))}
      <ListFooter
        hasMore={list.hasMore}
        loadingMore={list.loadingMore}
        error={list.loadMoreError}
        onLoadMore={list.loadMore}
        count={list.items.length}
      />
    </PageRoot>
  )
}
