import type { NoticeDoc } from '../../../core/notices/model'
import { command, updateWhere } from '../../_core/db'
import { mirroredState } from '../../_core/notice-receipts'

/** Receipts are written by _core/notice-receipts (a reader opening it, or a delivery at the door). */
export { recordRead } from '../../_core/notice-receipts'

/** After an edit or a withdrawal: every receipt of the notice follows its new state. */
export async function syncReceipts(notice: NoticeDoc): Promise<void> {
  await updateWhere('noticeReads', { noticeId: notice._id, noticeVersion: command().lt(notice.version) }, mirroredState(notice))
}
