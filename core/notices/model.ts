import type { Audience } from './audience'
import type { Paragraph } from './rich-text'

/** notices: one notice. `_id` = `n-<draftId>` (the client's form id), so a retried publish is one notice. */
export interface NoticeDoc {
  _id: string
  title: string
  body: Paragraph[]
  images: string[]
  attachments: Array<{ fileId: string; name: string }>
  audience: Audience
  /** audienceKeyOf(audience): the one indexed condition of every reader query. */
  audienceKey: string
  audienceLabel: string
  /** The org subtree the audience lies in (committee for all/members): which managers manage it. */
  scopePath: string[]
  pinned: boolean
  status: 'published' | 'withdrawn'
  expiresAt: Date | null
  /** expiresAt, or NEVER_EXPIRES: readers see a notice while visibleUntil > now. */
  visibleUntil: Date
  /** noticeSortKey(pinned, publishedAt, _id): keyset order, sorted descending. */
  sortKey: string
  authorOpenid: string
  authorName: string
  version: number
  publishedAt: Date
  updatedAt: Date
  withdrawnAt: Date | null
}

/**
 * noticeReads: one read receipt, `_id` = `<noticeId>:<personId>`. It copies the notice's audience key,
 * liveness and visibility (kept in step by update and withdraw) so the unread count is two indexed
 * counts, and the reader's org path and building so statistics can be restricted to a subtree.
 */
export interface NoticeReadDoc {
  _id: string
  noticeId: string
  personId: string
  personKind: 'member' | 'resident'
  orgPath: string[]
  building: string
  audienceKey: string
  live: boolean
  visibleUntil: Date
  noticeVersion: number
  /** 送达: read to the person at the door (care.recordVisit) rather than opened by them. */
  delivered?: boolean
  deliveredById?: string
  deliveredByName?: string
  at: Date
}
