import { success, type Result } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import { postInTx, type Posting } from '../../_core/ledger'
import type { TxWork } from '../../_core/transaction'

/** A record a reviewer approves or rejects, and the field its rejection reason is stored in. */
export interface ReviewedRecord {
  collection: 'goodDeeds' | 'pointAdjustments'
  id: string
  reasonField: 'reason' | 'rejectReason'
}

/**
 * Settles a pending record (a good deed, an adjustment) inside its transaction: approved, `posting` is
 * posted and the record marked approved (nothing is marked if the posting fails); rejected, it is
 * marked rejected with the reviewer's reason. Both stamp the reviewer and the time.
 */
export async function settleReview(
  work: TxWork,
  caller: Caller,
  record: ReviewedRecord,
  review: { decision: 'approve' | 'reject'; reason?: string },
  posting: Posting,
): Promise<Result<void>> {
  const reviewed = { reviewedByOpenid: caller.openid, reviewedAt: new Date() }
  if (review.decision === 'approve') {
    const posted = await postInTx(work, posting)
    if (!posted.ok) return posted
    work.patch(record.collection, record.id, { status: 'approved', ...reviewed })
  } else {
    work.patch(record.collection, record.id, { status: 'rejected', [record.reasonField]: review.reason ?? null, ...reviewed })
  }
  return success(undefined)
}
