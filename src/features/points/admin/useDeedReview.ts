import { useState } from 'react'
import type { AppError } from '@core/errors'
import { usePagedList } from '../../../shared/usePagedList'
import { fetchGoodDeeds, reviewGoodDeed } from '../../../services/points'

export type DeedStatus = 'pending' | 'approved' | 'rejected'

/** 日行一善审核: reports of my subtree by status; a review removes the report from the pending list. */
export function useDeedReview() {
  const [status, setStatus] = useState<DeedStatus>('pending')
  const list = usePagedList(status, (cursor) => fetchGoodDeeds(status, cursor))
  const review = async (deedId: string, decision: 'approve' | 'reject', reason?: string): Promise<AppError | null> => {
    const reply = await reviewGoodDeed(reason ? { deedId, decision, reason } : { deedId, decision })
    if (!reply.ok) return reply.error
    list.removeItem((deed) => deed.id === deedId)
    return null
  }
  return { status, setStatus, list, review }
}
