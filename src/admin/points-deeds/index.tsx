import { PageState } from '../../components/PageState'
import { ChipGroup } from '../../shared/ChipGroup'
import { ListFooter } from '../../shared/ListFooter'
import { PageRoot } from '../../features/elder/PageRoot'
import { DeedReviewActions } from '../../features/points/admin/DeedReviewActions'
import { useDeedReview, type DeedStatus } from '../../features/points/admin/useDeedReview'
import { DeedItem } from '../../features/points/DeedItem'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'

const STATUSES: Array<{ value: DeedStatus; label: string }> = [
  { value: 'pending', label: '待审核' },
  { value: 'approved', label: '已通过' },
  { value: 'rejected', label: '已驳回' },
]

/** 日行一善审核: reports of the people in my branch (the committee: everyone), 通过 or 驳回 with a reason. */
export default function DeedReviewPage() {
  const { status, setStatus, list, review } = useDeedReview()
  usePullToReload(list.reload)

  let content
  if (list.error && !list.items.length) content = <PageState kind="error" message={list.error.message} onRetry={() => void list.reload()} />
  else if (list.loading && !list.items.length) content = <PageState kind="loading" />
  else if (!list.items.length)
    content = <PageState kind="empty" title={status === 'pending' ? '没有待审核的申报' : '没有记录'} description="下拉可刷新。" />
  else
    content = (
      <>
        {list.error ? <RefreshFailedNotice error={list.error} onRetry={() => void list.reload()} /> : null}
        {list.items.map((deed) => (
          <DeedItem key={deed.id} deed={deed}>
            {deed.status === 'pending' ? <DeedReviewActions deed={deed} onReview={review} /> : null}
          </DeedItem>
        ))}
        <ListFooter
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          error={list.loadMoreError}
          onLoadMore={() => void list.loadMore()}
          count={list.items.length}
        />
      </>
    )
  return (
    <PageRoot>
      <ChipGroup label="状态" options={STATUSES} value={status} onChange={setStatus} />
      {content}
    </PageRoot>
  )
}
