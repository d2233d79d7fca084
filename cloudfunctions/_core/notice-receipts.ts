import { noticeReadId } from '../../core/notices/audience'
import type { NoticeDoc } from '../../core/notices/model'
import { command, findById, insert, serverDate, updateWhere } from './db'
import { isDuplicateKeyError } from './db-errors'
import type { Person } from './person'

/** The notice state a receipt mirrors (so unread counts need no join). */
export function mirroredState(notice: Pick<NoticeDoc, 'audienceKey' | 'status' | 'visibleUntil' | 'version'>) {
  return {
    audienceKey: notice.audienceKey,
    live: notice.status === 'published',
    visibleUntil: notice.visibleUntil,
    noticeVersion: notice.version,
  }
}

/** Who read a notice to the reader in person (送达: a helper or 网格员 at the door). */
export interface DeliveredBy {
  id: string
  name: string
}

/**
 * Records that the reader has the notice, once: they opened it (notices.get), or it was delivered to
 * them in person (care.recordVisit, `deliveredBy` set). The receipt's id is `<noticeId>:<personId>`,
 * so a second opening or delivery (or two at once) finds it there and the first one stands. If the
 * notice changed while the receipt was being written, the receipt is brought up to the notice's new
 * state (the writer's sweep may have run before this receipt existed).
 */
export async function recordRead(notice: NoticeDoc, reader: Person, deliveredBy: DeliveredBy | null = null): Promise<boolean> {
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
      ...(deliveredBy ? { delivered: true, deliveredById: deliveredBy.id, deliveredByName: deliveredBy.name } : {}),
      at: serverDate(),
    })
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    return false
  }
  const now = await findById<NoticeDoc>('notices', notice._id)
  if (now && now.version !== notice.version) {
    await updateWhere('noticeReads', { _id: id, noticeVersion: command().lt(now.version) }, mirroredState(now))
  }
  return true
}
