import { noticeReadId } from '../../../core/notices/audience'
import type { NoticeDoc, NoticeReadDoc } from '../../../core/notices/model'
import { failure, success } from '../../../core/result'
import { toDate } from '../../../core/time'
import { photoReviews } from '../../_core/content-security'
import type { Handler } from '../../_core/create-function'
import { command, countWhere, findById, findByIds } from '../../_core/db'
import { pageBy } from '../../_core/paging'
import { audienceKeysOfCaller, personOf } from '../../_core/person'
import { canManageNotice } from '../lib/audience'
import { recordRead } from '../lib/receipts'
import { toDetail, toListItem } from '../lib/views'

/** The one condition of every reader query: meant for them (their audience keys), published, not expired. */
function visibleTo(keys: string[], now: Date): Record<string, unknown> {
  const _ = command()
  return { audienceKey: _.in(keys), status: 'published', visibleUntil: _.gt(now) }
}

function isVisibleTo(notice: NoticeDoc, keys: string[], now: Date): boolean {
  const until = toDate(notice.visibleUntil)
  return notice.status === 'published' && !!until && until.getTime() > now.getTime() && keys.includes(notice.audienceKey)
}

/** The caller's notices, pinned first then newest, with unread marks (keyset pages by sortKey). */
export const list: Handler<'notices', 'list'> = async ({ data, caller }) => {
  const filter = visibleTo(audienceKeysOfCaller(caller), new Date())
  const page = await pageBy<NoticeDoc>('notices', filter, { by: 'sortKey', direction: 'desc', unique: true }, data)
  if (!page.ok) return page
  const { items, nextCursor } = page.value
  const personId = personOf(caller)?.id
  const receipts = personId
    ? await findByIds<NoticeReadDoc>(
        'noticeReads',
        items.map((notice) => noticeReadId(notice._id, personId)),
        { noticeId: true },
      )
    : new Map<string, NoticeReadDoc>()
  const readIds = new Set([...receipts.values()].map((receipt) => receipt.noticeId))
  return success({ items: items.map((notice) => toListItem(notice, !readIds.has(notice._id))), nextCursor })
}

/**
 * Opens a notice. Readers reach only live notices meant for them (and the opening is their read
 * receipt); managers also open the notices they manage, withdrawn or expired. Anything else is
 * NOT_FOUND, like a missing notice.
 */
export const get: Handler<'notices', 'get'> = async ({ data, caller }) => {
  const notice = await findById<NoticeDoc>('notices', data.noticeId)
  if (!notice) return failure('COMMON.NOT_FOUND')
  const forReader = isVisibleTo(notice, audienceKeysOfCaller(caller), new Date())
  const manages = canManageNotice(caller, notice)
  if (!forReader && !manages) return failure('COMMON.NOT_FOUND')
  const reader = personOf(caller)
  if (forReader && reader) await recordRead(notice, reader)
  // Readers see an image once WeChat's media check passed it; managers (who edit it) see all.
  const reviews = manages ? null : await photoReviews(notice.images)
  return success({ notice: toDetail(notice, manages, reviews) })
}

/**
 * Live notices meant for the caller minus the ones they have opened: two indexed counts, because
 * every receipt mirrors its notice's audience key, liveness and expiry.
 */
export const unreadCount: Handler<'notices', 'unreadCount'> = async ({ caller }) => {
  const keys = audienceKeysOfCaller(caller)
  const personId = personOf(caller)?.id
  const now = new Date()
  const _ = command()
  const [visible, read] = await Promise.all([
    countWhere('notices', visibleTo(keys, now)),
    personId ? countWhere('noticeReads', { personId, audienceKey: _.in(keys), live: true, visibleUntil: _.gt(now) }) : Promise.resolve(0),
  ])
  return success({ unread: Math.max(0, visible - read) })
}
