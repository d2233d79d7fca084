import { useState } from 'react'
import { fetchGoodDeeds, reviewGoodDeed } from '../../../services/points'
import { afterOk } from '../../../shared/outcome'
import { usePagedList } from '../../../shared/usePagedList'

export type DeedStatus = 'pending' | 'approved' | 'rejected'

/** 日行一善审核: reports of my subtree by status; a review removes the report from the pending list. */
export function useDeedReview() {
  const [status, setStatus] = useState<DeedStatus>('pending')
  const list = usePagedList(status, (cursor) => fetchGoodDeeds(status, cursor))
  const review = async (deedId: string, decision: 'approve' | 'reject', reason?: string) =>
    afterOk(await reviewGoodDeed(reason ? { deedId, decision, reason } : { deedId, decision }), () =>
      list.removeItem((deed) => deed.id === deedId),
    )
  return { status, setStatus, list, review }
}
