import { noticeReadId } from '../../../core/notices/audience'
import type { NoticeDoc } from '../../../core/notices/model'
import { command, findById, insert, serverDate, updateWhere } from '../../_core/db'
import { isDuplicateKeyError } from '../../_core/db-errors'
import type { Person } from '../../_core/person'

/** The notice state a receipt mirrors (so unread counts need no join). */
export function mirroredState(notice: Pick<NoticeDoc, 'audienceKey' | 'status' | 'visibleUntil' | 'version'>) {
  return {
    audienceKey: notice.audienceKey,
    live: notice.status === 'published',
    visibleUntil: notice.visibleUntil,
    noticeVersion: notice.version,
  }
}

/**
 * Records that the reader opened the notice, once: the receipt's id is `<noticeId>:<personId>`, so a
 * second opening (or two at once) finds it there. If the notice changed while the receipt was being
 * written, the receipt is brought up to the notice's new state (the writer's sweep may have run
 * before this receipt existed).
 */
export async function recordRead(notice: NoticeDoc, reader: Person): Promise<void> {
  const id = noticeReadId(notice._id, reader.id)
  try {
    await insert('noticeReads', {
      _id: id,
      noticeId: notice._id,
      personId: reader.id,
      personKind: reader.kind,
      orgPath: reader.orgPath,
      building: reader.building,
      ...mirroredState(notice),
      at: serverDate(),
    })
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    return
  }
  const now = await findById<NoticeDoc>('notices', notice._id)
  if (now && now.version !== notice.version) {
    await updateWhere('noticeReads', { _id: id, noticeVersion: command().lt(now.version) }, mirroredState(now))
  }
}

/** After an edit or a withdrawal: every receipt of the notice follows its new state. */
export async function syncReceipts(notice: NoticeDoc): Promise<void> {
  await updateWhere('noticeReads', { noticeId: notice._id, noticeVersion: command().lt(notice.version) }, mirroredState(notice))
}
