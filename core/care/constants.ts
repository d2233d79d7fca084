/**
 * Kinds, tags and limits of the care network (function `care`), zod-free so the mini-program can
 * take them without bundling the contract's schemas.
 */

/**
 * What a care record is: a helper's or 网格员's 上门走访 (`home`) or 电话联系 (`phone`), or a care visit
 * the branch makes: 红色家访 (`homeVisit`), one of the 八个到家 (`eightHome`, with its `homeVisitKind`),
 * or a 两节慰问 with goods or money (`careGift`).
 */
export const VISIT_KINDS = ['home', 'phone', 'homeVisit', 'eightHome', 'careGift'] as const
export type VisitKind = (typeof VISIT_KINDS)[number]

export const VISIT_KIND_LABELS: Record<VisitKind, string> = {
  home: '上门走访',
  phone: '电话联系',
  homeVisit: '红色家访',
  eightHome: '八个到家',
  careGift: '两节慰问',
}

/** A helper's own records: a visit or a call. The branch's care visits are the other kinds. */
export const HELPER_VISIT_KINDS: readonly VisitKind[] = ['home', 'phone']

/** 八个到家 as the seed community lists them (000): what the visit brought home. */
export const HOME_VISIT_KINDS = ['partyVoice', 'wedding', 'springFestival', 'disaster', 'dispute', 'hardship'] as const
export type HomeVisitKind = (typeof HOME_VISIT_KINDS)[number]

export const HOME_VISIT_KIND_LABELS: Record<HomeVisitKind, string> = {
  partyVoice: '党的声音传播到家',
  wedding: '新婚喜事庆贺到家',
  springFestival: '新春佳节恭贺到家',
  disaster: '天灾人祸温暖到家',
  dispute: '家庭纠纷调节到家',
  hardship: '生活困难慰问到家',
}

/** What an elder's need is about. */
export const NEED_TAGS = ['health', 'daily', 'housing', 'wish'] as const
export type NeedTag = (typeof NEED_TAGS)[number]

export const NEED_TAG_LABELS: Record<NeedTag, string> = {
  health: '身体健康',
  daily: '日常生活',
  housing: '住房',
  wish: '心愿',
}

/**
 * Where a need went: still on the secretary's list (`open`), handled by the branch (`handled`), or
 * turned into a 微心愿 (`wish`) or a 民生诉求 ticket (`ticket`) in one tap.
 */
export const NEED_STATUSES = ['open', 'handled', 'wish', 'ticket'] as const
export type NeedStatus = (typeof NEED_STATUSES)[number]

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  open: '待处理',
  handled: '已处理',
  wish: '已转微心愿',
  ticket: '已转民生诉求',
}

/**
 * Small scopes the committee grants (GLOSSARY: groupLeader, buildingHead, gridWorker, liaison). They
 * sit beside a member's role, never replace it: a 党小组长 is still a member everywhere else.
 */
export const GRANT_KINDS = ['groupLeader', 'buildingHead', 'gridWorker', 'liaison'] as const
export type GrantKind = (typeof GRANT_KINDS)[number]

export const GRANT_KIND_LABELS: Record<GrantKind, string> = {
  groupLeader: '党小组长',
  buildingHead: '楼栋长',
  gridWorker: '网格员',
  liaison: '党建联络员',
}

/** What each grant covers: a Party group, buildings, or branches (read only). */
export const GRANT_COVERS: Record<GrantKind, 'group' | 'buildings' | 'branches'> = {
  groupLeader: 'group',
  buildingHead: 'buildings',
  gridWorker: 'buildings',
  liaison: 'branches',
}

export const CARE_PAGE_SIZE_MAX = 20
export const VISIT_TEXT_MAX = 500
export const NEED_TEXT_MAX = 200
export const NEEDS_PER_VISIT_MAX = 5
export const NOTICES_PER_VISIT_MAX = 5
export const GOODS_TEXT_MAX = 100
/** 慰问金 in yuan (integers), at most this much per visit. */
export const CARE_MONEY_MAX = 10_000
export const COMPANIONS_MAX = 5
export const GRANT_BUILDINGS_MAX = 10
export const UNVISITED_DAYS_MIN = 7
export const UNVISITED_DAYS_MAX = 365
