/**
 * 微心愿 and 民生诉求: the plain values the mini-program shows (no zod, no calendar library),
 * re-exported by `core/contract/community.ts`.
 */

/** Points the fulfiller of a wish receives from 道德银行 once the wisher confirms. */
export const WISH_POINTS = 10
export const WISH_TITLE_MAX = 60
export const WISH_TEXT_MAX = 300
/** A wish may ask for help at most this many days ahead (Beijing days). */
export const WISH_MAX_DAYS_AHEAD = 90

/**
 * A wish's life: 待审核 → (branch approves) 心愿墙 → 已认领 → 已完成待确认 → 已圆梦; or 未通过.
 * A claim not fulfilled by the wish's date lapses (daily timer) and the wish is open again.
 */
export const WISH_STATUSES = ['pending', 'open', 'claimed', 'fulfilled', 'confirmed', 'rejected'] as const
export type WishStatus = (typeof WISH_STATUSES)[number]

export const WISH_STATUS_LABELS: Record<WishStatus, string> = {
  pending: '待审核',
  open: '待认领',
  claimed: '已认领',
  fulfilled: '已完成，待确认',
  confirmed: '已圆梦',
  rejected: '未通过',
}

export const TICKET_CATEGORIES = [
  'drainage',
  'road',
  'greening',
  'sanitation',
  'lighting',
  'neighbour',
  'property',
  'safety',
  'other',
] as const
export type TicketCategory = (typeof TICKET_CATEGORIES)[number]

export const TICKET_CATEGORY_LABELS: Record<TicketCategory, string> = {
  drainage: '排水管道',
  road: '道路设施',
  greening: '绿化环境',
  sanitation: '环境卫生',
  lighting: '路灯照明',
  neighbour: '邻里纠纷',
  property: '物业服务',
  safety: '安全隐患',
  other: '其他',
}

/** 群众反映 (anyone) or 巡查发现 (a patrol member's 安全隐患 finding). */
export const TICKET_KINDS = ['report', 'patrol'] as const
export type TicketKind = (typeof TICKET_KINDS)[number]

/** 待受理 → 受理 → 办理中 → 已办结 → 已评价 (a reopen within 7 days returns it to 办理中). */
export const TICKET_STATUSES = ['reported', 'accepted', 'inProgress', 'closed', 'rated'] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  reported: '待受理',
  accepted: '已受理',
  inProgress: '办理中',
  closed: '已办结',
  rated: '已评价',
}

/** What a timeline step records (who did what, when). */
export const TICKET_STEPS = ['report', 'accept', 'progress', 'close', 'rate', 'reopen', 'escalate'] as const
export type TicketStep = (typeof TICKET_STEPS)[number]

export const TICKET_STEP_LABELS: Record<TicketStep, string> = {
  report: '提交诉求',
  accept: '受理并交办',
  progress: '办理进展',
  close: '办结',
  rate: '评价',
  reopen: '重新办理',
  escalate: '超期督办',
}

/** The 20-working-day promise of 民生工作站 (seed 003: 「20个工作日内 … 彻底根除」). */
export const TICKET_WORKING_DAYS = 20
/** A ticket is 临期 when this many working days or fewer remain. */
export const TICKET_NEAR_DUE_WORKING_DAYS = 3
/** The reporter may reopen a closed ticket within this many days of its closing. */
export const TICKET_REOPEN_DAYS = 7
export const TICKET_MAX_PHOTOS = 3
export const TICKET_TEXT_MAX = 500
/** The building is kept as a plain string for now (one field, to become a building id later). */
export const TICKET_BUILDING_MAX = 30

export const CLOCK_STATES = ['onTime', 'nearDue', 'overdue', 'done'] as const
export type ClockState = (typeof CLOCK_STATES)[number]

export const CLOCK_STATE_LABELS: Record<ClockState, string> = {
  onTime: '按期办理中',
  nearDue: '临近期限',
  overdue: '已超期',
  done: '已办结',
}

export const RATING_LABELS = ['', '很不满意', '不满意', '基本满意', '满意', '非常满意'] as const
