import { ChipGroup } from '../../shared/ChipGroup'
import { PageRoot } from '../../features/elder/PageRoot'
import { DeedReviewActions } from '../../features/points/admin/DeedReviewActions'
import { useDeedReview, type DeedStatus } from '../../features/points/admin/useDeedReview'
import { DeedItem } from '../../features/points/DeedItem'
import { PageLoaded } from '../../shared/PageLoaded'

const STATUSES: Array<{ value: DeedStatus; label: string }> = [
  { value: 'pending', label: '待审核' },
  { value: 'approved', label: '已通过' },
  { value: 'rejected', label: '已驳回' },
]

/** 日行一善审核: reports of the people in my branch (the committee: everyone), 通过 or 驳回 with a reason. */
export default function DeedReviewPage() {
  const { status, setStatus, list, review } = useDeedReview()

  return (
    <PageRoot>
      <ChipGroup label="状态" options={STATUSES} value={status} onChange={setStatus} />
      <PageLoaded list={list} empty={{ title: status === 'pending' ? '没有待审核的申报' : '没有记录', description: '下拉可刷新。' }}>
        {(deeds) =>
          deeds.map((deed) => (
            <DeedItem key={deed.id} deed={deed}>
              {deed.status === 'pending' ? <DeedReviewActions deed={deed} onReview={review} /> : null}
            </DeedItem>
          ))
        }
      </PageLoaded>
    </PageRoot>
  )
}
