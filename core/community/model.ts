import type { TicketCategory, TicketKind, TicketStatus, TicketStep, WishStatus } from './constants'

/**
 * wishes: `_id` = `wish-<poster person id>-<requestId>`, so a re-sent post stores one wish.
 * The wisher is the person the wish is for (an elder, when their helper posts it).
 */
export interface WishDoc {
  _id: string
  title: string
  text: string
  /** Beijing day by which the wisher would like it done; a claim lapses after it. */
  needBy: string
  photo: string | null
  wisherId: string
  wisherName: string
  /** Whoever posted it (the wisher, or their helper). */
  posterId: string
  posterName: string
  /** The wisher's org path (a resident's: the Party group of their building): whose branch approves. */
  orgPath: string[]
  status: WishStatus
  reason: string | null
  reviewedByOpenid: string | null
  claimantId: string | null
  claimantName: string | null
  /** Open wishes sort by this (newest approval first). */
  openedAt: Date | null
  claimedAt: Date | null
  fulfilPhoto: string | null
  fulfilNote: string | null
  fulfilledAt: Date | null
  confirmedAt: Date | null
  /** How many claims of this wish lapsed (the daily timer sent it back to the wall). */
  lapses: number
  postedAt: Date
  updatedAt: Date
}

/** One step of a ticket's timeline: who did what, when. */
export interface TicketEvent {
  step: TicketStep
  at: Date
  byName: string
  /** The office they acted in (居民, 支部书记, 社区党委, 承办人, 系统). */
  byRole: string
  text: string
}

/** Who handles a ticket: a person on the roster, or a partner unit (共建单位) by name. */
export type TicketHandler = { kind: 'person'; memberId: string; name: string } | { kind: 'unit'; name: string }

/** tickets (民生诉求): `_id` = `ticket-<reporter person id>-<requestId>`. */
export interface TicketDoc {
  _id: string
  /** Short number shown to people: 「MS-20261202-xxxx」. */
  number: string
  kind: TicketKind
  category: TicketCategory
  /** Plain text for now (≤ 30 chars); one field so that it can become a building id. */
  building: string
  text: string
  photos: string[]
  reporterId: string
  reporterName: string
  reporterOpenid: string
  /** Reported by a paired helper for the elder (the reporter): who. Absent: by the reporter. */
  byHelperId?: string | null
  byHelperName?: string | null
  /** The org subtree that manages the ticket (the building's group, else the committee). */
  scopePath: string[]
  status: TicketStatus
  handler: TicketHandler | null
  /** Beijing days: when accepted, and the 20th working day after it. */
  acceptedDay: string | null
  dueDay: string | null
  closedAt: Date | null
  /** Calendar days from report to (last) close. */
  daysToClose: number | null
  result: string | null
  resultPhotos: string[]
  rating: number | null
  ratingComment: string | null
  reopens: number
  escalatedAt: Date | null
  timeline: TicketEvent[]
  reportedAt: Date
  updatedAt: Date
}

/** patrolMembers: `_id` = member id; the admin marks members of 文明安全巡查队. */
export interface PatrolMemberDoc {
  _id: string
  name: string
  active: boolean
  markedByOpenid: string
  markedAt: Date
}

/** communityOutbox: messages to people (subscription messages in production; listed locally). */
export interface CommunityOutboxDoc {
  _id: string
  type: 'ticket' | 'escalation' | 'wish'
  ref: string
  /** Whom to tell: a person id, or `committee` for escalations. */
  toId: string
  toOpenid: string | null
  text: string
  createdAt: Date
  status: 'queued' | 'sent'
}
