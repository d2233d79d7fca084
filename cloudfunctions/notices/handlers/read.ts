import type { NoticeListResponse, NoticeResponse } from '../../../core/contract/notices'
import { noticeReadId } from '../../../core/notices/audience'
import type { NoticeDoc, NoticeReadDoc } from '../../../core/notices/model'
import { failure, success, type Result } from '../../../core/result'
import { decodeCursor, encodeCursor } from '../../../core/rules/roster'
import type { HandlerContext } from '../../_core/create-function'
import { command, countWhere, findById, findMany } from '../../_core/db'
import { canManageNotice } from '../lib/audience'
import { toDate } from '../lib/dates'
import { readerOf, type ReaderInfo } from '../lib/reader'
import { recordRead } from '../lib/receipts'
import { toDetail, toListItem } from '../lib/views'

/** The one condition of every reader query: meant for them, published, not expired. */
function visibleTo(reader: ReaderInfo, now: Date): Record<string, unknown> {
  const _ = command()
  return { audienceKey: _.in(reader.keys), status: 'published', visibleUntil: _.gt(now) }
}

export function isVisibleTo(notice: NoticeDoc, reader: ReaderInfo, now: Date): boolean {
  const until = toDate(notice.visibleUntil)
  return notice.status === 'published' && !!until && until.getTime() > now.getTime() && reader.keys.includes(notice.audienceKey)
}

/** The caller's notices, pinned first then newest, with unread marks (keyset pages by sortKey). */
export async function list({ data, caller }: HandlerContext<{ cursor?: string; limit: number }>): Promise<Result<NoticeListResponse>> {
  const after = data.cursor ? decodeCursor(data.cursor) : null
  if (data.cursor && !after) return failure('COMMON.VALIDATION', 'cursor：取值无效', 'cursor')
  const reader = readerOf(caller)
  const filter = visibleTo(reader, new Date())
  if (after) filter.sortKey = command().lt(after)
  const docs = await findMany<NoticeDoc>('notices', filter, { orderBy: [['sortKey', 'desc']], limit: data.limit + 1 })
  const page = docs.slice(0, data.limit)
  const readIds = new Set<string>()
  if (reader.personId && page.length) {
    const ids = page.map((notice) => noticeReadId(notice._id, reader.personId!))
    const receipts = await findMany<NoticeReadDoc>(
      'noticeReads',
      { _id: command().in(ids) },
      { limit: ids.length, fields: { noticeId: true } },
    )
    for (const receipt of receipts) readIds.add(receipt.noticeId)
  }
  return success({
    items: page.map((notice) => toListItem(notice, !readIds.has(notice._id))),
    nextCursor: docs.length > data.limit ? encodeCursor(page[page.length - 1].sortKey) : null,
  })
}

/**
 * Opens a notice. Readers reach only live notices meant for them (and the opening is their read
 * receipt); managers also open the notices they manage, withdrawn or expired. Anything else is
 * NOT_FOUND, like a missing notice.
 */
export async function get({ data, caller }: HandlerContext<{ noticeId: string }>): Promise<Result<NoticeResponse>> {
  const notice = await findById<NoticeDoc>('notices', data.noticeId)
  if (!notice) return failure('COMMON.NOT_FOUND')
  const reader = readerOf(caller)
  const forReader = isVisibleTo(notice, reader, new Date())
  const manages = canManageNotice(caller, notice)
  if (!forReader && !manages) return failure('COMMON.NOT_FOUND')
  if (forReader) await recordRead(notice, reader)
  return success({ notice: toDetail(notice, manages) })
}

/**
 * Live notices meant for the caller minus the ones they have opened: two indexed counts, because
 * every receipt mirrors its notice's audience key, liveness and expiry.
 */
export async function unreadCount({ caller }: HandlerContext<Record<string, never>>): Promise<Result<{ unread: number }>> {
  const reader = readerOf(caller)
  const now = new Date()
  const _ = command()
  const [visible, read] = await Promise.all([
    countWhere('notices', visibleTo(reader, now)),
    reader.personId
      ? countWhere('noticeReads', { personId: reader.personId, audienceKey: _.in(reader.keys), live: true, visibleUntil: _.gt(now) })
      : Promise.resolve(0),
  ])
  return success({ unread: Math.max(0, visible - read) })
}
