import { z } from 'zod'
import {
  dayField as day,
  forPersonFields,
  idField as id,
  pageFields,
  requestIdField as requestId,
  textField as text,
  type Page,
} from './fields'
import {
  TICKET_BUILDING_MAX,
  TICKET_CATEGORIES,
  TICKET_KINDS,
  TICKET_MAX_PHOTOS,
  TICKET_STATUSES,
  TICKET_TEXT_MAX,
  WISH_TEXT_MAX,
  WISH_TITLE_MAX,
  type ClockState,
  type TicketCategory,
  type TicketStep,
  type WishStatus,
} from '../community/constants'
import { ADMINS, ANYONE, MANAGERS, SIGNED_UP } from '../roles'
import { defineAction } from './define'
import { fileIdSchema, fileIdsSchema } from './files'
import { governActions } from './govern'
import type { TicketDoc } from '../community/model'

export * from '../community/constants'
export * from './govern'

/**
 * 微心愿 · 民生诉求 (function `community`).
 *
 * 微心愿: a resident or member (or a helper, for an elder they are paired with) posts a small wish —
 * what, by when (a Beijing day), an optional photo. The branch that looks after the wisher (a
 * member's own branch; a resident's: the Party group of their building; else the committee) approves
 * it for the wall. One person claims it at a time (a conditional update: of 50 people tapping at once
 * exactly one is the claimant, the others hear WISH.NOT_OPEN). A claim not fulfilled by the wish's day
 * lapses (daily timer) and the wish is open again. The claimant fulfils it with a photo; the wisher
 * (or their helper) confirms, and WISH_POINTS go to the fulfiller through the 道德银行 ledger with key
 * `wish:<wishId>`, exactly once. Other people see the wisher's name masked (张*明).
 *
 * 民生诉求: anyone signed up reports a problem (category, building ≤ 30 characters, text, ≤ 3
 * photos); a patrol member (文明安全巡查队, marked by the admin) files 安全隐患 findings as kind
 * `patrol`. A manager of the ticket's scope (the building's group subtree; the committee when no
 * group has the building) accepts it and assigns a handler — a roster member or a partner unit by
 * name — which starts the clock: due on the 20th working day after acceptance (China's official
 * calendar, 调休 included). Timeline 受理 → 办理中 → 已办结 → 已评价, each step with who/when/what; the
 * reporter gets a message for each step (outbox) and rates the result, or reopens it within 7 days of
 * closing. The daily timer escalates an overdue ticket to the committee once. Solved tickets show on
 * the public 问题墙 with the reporter's name masked.
 *
 * Retries: posts and reports carry a client `requestId` (the document id comes from it), claim /
 * fulfil / confirm / rate answer a repeat by the same person with the same result and change nothing.
 */

export const COMMUNITY_PAGE_SIZE_MAX = 20

const page = pageFields(COMMUNITY_PAGE_SIZE_MAX)

export interface WishView {
  id: string
  title: string
  text: string
  needBy: string
  photo: string | null
  status: WishStatus
  /** Masked (张*明) unless the caller is the wisher, their poster or a manager of the wish. */
  wisherName: string
  claimantName: string | null
  fulfilPhoto: string | null
  fulfilNote: string | null
  reason: string | null
  lapses: number
  postedAt: string
  claimedAt: string | null
  fulfilledAt: string | null
  confirmedAt: string | null
  /** The caller's relation to it: the wisher or their poster (`wisher`), its claimant, or none. */
  myPart: 'wisher' | 'claimant' | null
}

export type WishPage = Page<WishView>

export interface WishNumbers {
  posted: number
  pending: number
  open: number
  claimed: number
  fulfilled: number
  confirmed: number
  rejected: number
  /** Claims that lapsed (the timer sent the wish back to the wall). */
  lapsed: number
  pointsAwarded: number
}

export interface TicketEventView {
  step: TicketStep
  at: string
  byName: string
  byRole: string
  text: string
}

/** `reporterName` is masked unless the caller is the reporter or a manager of the ticket. */
export interface TicketView extends Pick<
  TicketDoc,
  | 'number'
  | 'kind'
  | 'category'
  | 'building'
  | 'text'
  | 'photos'
  | 'reporterName'
  | 'status'
  | 'acceptedDay'
  | 'dueDay'
  | 'daysToClose'
  | 'result'
  | 'resultPhotos'
  | 'rating'
  | 'ratingComment'
  | 'reopens'
> {
  id: string
  handler: { kind: 'person' | 'unit'; name: string } | null
  clock: ClockState | null
  /** Working days left until due (0 once overdue); null before acceptance. */
  workingDaysLeft: number | null
  escalated: boolean
  closedAt: string | null
  /** Closed within 7 days: the reporter may still reopen it (until this instant). */
  reopenUntil: string | null
  timeline: TicketEventView[]
  reportedAt: string
  mine: boolean
}

export type TicketPage = Page<TicketView>

export interface ProblemWallItem {
  id: string
  number: string
  category: TicketCategory
  building: string
  text: string
  result: string
  resultPhotos: string[]
  reporterName: string
  handlerName: string
  closedAt: string
  daysToClose: number
  rating: number | null
}

export interface TicketNumbersRow {
  key: string
  label: string
  total: number
  open: number
  closed: number
  overdue: number
  /** Median calendar days from report to close, over closed tickets; null with none closed. */
  medianDaysToClose: number | null
}

export interface TicketNumbers {
  total: number
  open: number
  overdue: number
  nearDue: number
  medianDaysToClose: number | null
  byCategory: TicketNumbersRow[]
  byHandler: TicketNumbersRow[]
}

export const ticketHandlerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), memberId: id }).strict(),
  z.object({ kind: z.literal('unit'), name: text(2, 40, '请填写承办单位名称') }).strict(),
])

const wishId = { wishId: id }
const ticketId = { ticketId: id }

/** What waits for a manager in 微心愿 and 民生诉求 (首页 待办), in their subtree. */
export interface CommunityCounts {
  wishes: number
  tickets: number
}

export const communityActions = {
  postWish: defineAction<{ wish: WishView; created: boolean }>()({
    request: {
      requestId,
      title: text(2, WISH_TITLE_MAX, '请写下心愿是什么'),
      text: text(0, WISH_TEXT_MAX, '').default(''),
      needBy: day,
      photo: fileIdSchema.nullable().default(null),
      ...forPersonFields,
    },
    roles: SIGNED_UP,
    summary: '发布微心愿（内容、期望完成日期、可附照片），经支部审核后上墙；结对党员可为长辈发布；重复提交只记一次',
  }),
  wishWall: defineAction<WishPage>()({
    request: { status: z.enum(['open', 'claimed', 'confirmed']).default('open'), ...page },
    roles: ANYONE,
    summary: '心愿墙：待认领、已认领、已圆梦的微心愿（许愿人姓名打码）',
  }),
  wish: defineAction<{ wish: WishView }>()({
    request: wishId,
    roles: ANYONE,
    summary: '查看一个微心愿（待审核的只有许愿人和管辖的书记能看）',
  }),
  myWishes: defineAction<WishPage>()({
    request: { part: z.enum(['wisher', 'claimant']).default('wisher'), ...page },
    roles: SIGNED_UP,
    summary: '我的心愿：我（或为结对长辈）发布的，和我认领的',
  }),
  pendingWishes: defineAction<WishPage>()({
    request: page,
    roles: MANAGERS,
    summary: '待审核的微心愿（支部书记：本支部；社区党委：全社区）',
  }),
  reviewWish: defineAction<{ wish: WishView }>()({
    request: { wishId: id, decision: z.enum(['approve', 'reject']), reason: text(1, 200, '请填写原因').optional() },
    roles: MANAGERS,
    summary: '审核微心愿：通过后上心愿墙，驳回须填写原因',
  }),
  claimWish: defineAction<{ wish: WishView }>()({
    request: wishId,
    roles: SIGNED_UP,
    summary: '认领微心愿（同一时间只有一人认领；到期未完成自动退回心愿墙）',
  }),
  fulfilWish: defineAction<{ wish: WishView }>()({
    request: { wishId: id, photo: fileIdSchema, note: text(0, 200, '').default('') },
    roles: SIGNED_UP,
    summary: '认领人提交心愿完成情况（须附照片），等待许愿人确认',
  }),
  confirmWish: defineAction<{ wish: WishView; points: number }>()({
    request: wishId,
    roles: SIGNED_UP,
    summary: '许愿人（或其结对党员）确认心愿已完成，道德银行积分记给完成人（只记一次）',
  }),
  lapseClaims: defineAction<{ lapsed: number }>()({
    request: {},
    roles: ADMINS,
    summary: '把超过期望日期仍未完成的认领退回心愿墙（每日定时任务也会运行；重复运行不会重复退回）',
  }),
  wishNumbers: defineAction<WishNumbers>()({
    request: {},
    roles: MANAGERS,
    summary: '微心愿统计：发布、认领、完成、过期退回（支部书记：本支部）',
  }),
  reportTicket: defineAction<{ ticket: TicketView; created: boolean }>()({
    request: {
      requestId,
      kind: z.enum(TICKET_KINDS).default('report'),
      category: z.enum(TICKET_CATEGORIES),
      building: text(1, TICKET_BUILDING_MAX, '请填写楼栋或地点'),
      text: text(5, TICKET_TEXT_MAX, '请把问题描述清楚（至少 5 个字）'),
      photos: fileIdsSchema(TICKET_MAX_PHOTOS).default([]),
      /** A helper reporting for their paired elder: the elder is the reporter, the helper recorded. */
      ...forPersonFields,
    },
    roles: SIGNED_UP,
    summary: '反映民生诉求（类别、楼栋、描述、至多 3 张照片）；巡查队员上报安全隐患；结对人可为长辈反映；重复提交只记一次',
  }),
  myTickets: defineAction<TicketPage>()({
    request: page,
    roles: SIGNED_UP,
    summary: '我反映的诉求及办理进展',
  }),
  ticket: defineAction<{ ticket: TicketView }>()({
    request: ticketId,
    roles: SIGNED_UP,
    summary: '查看一条诉求的办理时间线（反映人、管辖的书记和社区党委）',
  }),
  ticketQueue: defineAction<TicketPage>()({
    request: { status: z.enum(TICKET_STATUSES).optional(), ...page },
    roles: MANAGERS,
    summary: '诉求办理台：所管辖的诉求，按状态筛选，显示期限和超期',
  }),
  acceptTicket: defineAction<{ ticket: TicketView }>()({
    request: { ticketId: id, handler: ticketHandlerSchema, note: text(0, 200, '').default('') },
    roles: MANAGERS,
    summary: '受理诉求并交办承办人（党员或共建单位），开始计算 20 个工作日期限',
  }),
  progressTicket: defineAction<{ ticket: TicketView }>()({
    request: { ticketId: id, text: text(2, 300, '请填写办理进展') },
    roles: MANAGERS,
    summary: '记录办理进展（办理中），通知反映人',
  }),
  closeTicket: defineAction<{ ticket: TicketView }>()({
    request: {
      ticketId: id,
      result: text(2, 300, '请填写办理结果'),
      photos: fileIdsSchema(TICKET_MAX_PHOTOS).default([]),
    },
    roles: MANAGERS,
    summary: '办结诉求（填写办理结果，可附照片），通知反映人评价',
  }),
  rateTicket: defineAction<{ ticket: TicketView }>()({
    request: { ticketId: id, rating: z.number().int().min(1).max(5), comment: text(0, 200, '').default('') },
    roles: SIGNED_UP,
    summary: '反映人评价办结的诉求（1–5 星；重复提交只记一次）',
  }),
  reopenTicket: defineAction<{ ticket: TicketView }>()({
    request: { ticketId: id, reason: text(2, 200, '请说明还有什么问题') },
    roles: SIGNED_UP,
    summary: '办结 7 天内，反映人对结果不满意可申请重新办理',
  }),
  problemWall: defineAction<Page<ProblemWallItem>>()({
    request: page,
    roles: ANYONE,
    summary: '问题墙：已解决的民生问题（反映人姓名打码）',
  }),
  ticketNumbers: defineAction<TicketNumbers>()({
    request: {},
    roles: MANAGERS,
    summary: '民生诉求统计：按类别、按承办人的件数、超期数和办结天数中位数',
  }),
  escalateOverdue: defineAction<{ escalated: number }>()({
    request: {},
    roles: ADMINS,
    summary: '超期诉求提交社区党委督办（每日定时任务也会运行；每件只督办一次）',
  }),
  setPatrolMember: defineAction<{ memberId: string; patrol: boolean }>()({
    request: { memberId: id, patrol: z.boolean() },
    roles: ADMINS,
    summary: '设定或取消文明安全巡查队队员（可上报安全隐患）',
  }),
  patrolMembers: defineAction<{ items: Array<{ memberId: string; name: string }> }>()({
    request: {},
    roles: ADMINS,
    summary: '查看文明安全巡查队队员',
  }),
  counts: defineAction<CommunityCounts>()({
    request: {},
    roles: MANAGERS,
    summary: '首页「待办」：所管辖范围内待审核的微心愿和待受理的诉求',
  }),
  ...governActions,
} as const
