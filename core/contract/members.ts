import { z } from 'zod'
import {
  ADMINS,
  ANYONE,
  MANAGERS,
  MEMBER_CATEGORIES,
  MEMBER_STATUSES,
  MEMBERS,
  ORG_LEVELS,
  SIGNED_UP,
  type MemberCategory,
  type MemberStatus,
  type OrgLevel,
  type Role,
} from '../roles'
import { FILE_KINDS } from '../files'
import { BUILDING_NAME_MAX, BUILDING_UNITS_MAX, UNIT_NAME_MAX } from '../rules/buildings'
import { defineAction } from './define'
import { dayField as day, idField as id, pageFields, verdictFields, type Page } from './fields'
import { fileIdSchema } from './files'

/**
 * 花名册 · 组织 · 身份绑定 (function `members`).
 *
 * Who may call what is declared per action (`roles`, enforced by the router). Scope is enforced by the
 * handlers: a secretary reads and writes only their branch subtree, an admin the whole community, a
 * member only themselves (plus the names and phones of the elders they are paired with), a resident
 * only themselves. A member outside the caller's subtree answers COMMON.NOT_FOUND (its existence does
 * not leak); an organisation outside it answers COMMON.FORBIDDEN.
 *
 * Phones: managers of the member's subtree see full numbers in `get`; lists and everyone else see
 * masked numbers (138****1234). Every manager write and every full-phone export leaves an audit entry.
 *
 * Dates travel as ISO-8601 strings (UTC); the client shows them in Asia/Shanghai.
 * Files go through cloud storage, never inside the call: importRoster reads an uploaded file id,
 * rosterTemplate / exportRoster write the .xlsx to storage and answer a temporary URL.
 */

// ---------------------------------------------------------------------------------------------
// Shared field schemas
// ---------------------------------------------------------------------------------------------

/** Mainland mobile number: 11 digits starting with 1. */
export const PHONE_PATTERN = /^1\d{10}$/
export const PAGE_SIZE_MAX = 20
/** Size cap of an uploaded roster file (FILE_KINDS.sheet). */
export const ROSTER_FILE_MAX_BYTES = FILE_KINDS.sheet.maxBytes

const personName = z.string().trim().min(1).max(20)
const phone = z.string().trim().regex(PHONE_PATTERN, '手机号应为 11 位数字，以 1 开头')
/** Over-long text is refused, never cut (the community's list is matched in core/rules/buildings.ts). */
const building = z.string().trim().max(BUILDING_NAME_MAX, `楼栋最多 ${BUILDING_NAME_MAX} 个字`)
const unit = z.string().trim().max(UNIT_NAME_MAX, `单元最多 ${UNIT_NAME_MAX} 个字`)
const year = z.number().int().min(1900).max(2100)
const page = pageFields(PAGE_SIZE_MAX)
const category = z.enum(MEMBER_CATEGORIES)
const status = z.enum(MEMBER_STATUSES)

// ---------------------------------------------------------------------------------------------
// Response types
// ---------------------------------------------------------------------------------------------

export interface OrgRef {
  id: string
  name: string
  level: OrgLevel
}

export type BindingStatus = 'pending' | 'approved' | 'rejected'

/** A visitor's or resident's request to be bound to their roster entry, as its author sees it. */
export interface MyBindingRequest {
  id: string
  status: BindingStatus
  name: string
  phoneMasked: string
  /** Why it was rejected (set by the reviewer); null otherwise. */
  reason: string | null
  requestedAt: string
  reviewedAt: string | null
}

export interface MeResponse {
  openid: string
  role: Role
  /** The person behind the account (roster entry or registered resident); null for a visitor. */
  person: { name: string; phoneMasked: string | null; building: string | null; unit: string | null } | null
  /** The bound roster entry, when the caller is a Party member. */
  member: {
    id: string
    category: MemberCategory
    elder: boolean
    status: MemberStatus
  } | null
  /** From the committee down to the caller's own organisation (empty for visitors and residents). */
  orgPath: OrgRef[]
  /** The subtree a secretary or admin manages. */
  scope: OrgRef | null
  /** Public rankings show this person only when false. */
  rankingOptOut: boolean
  /** The caller's latest binding request and its outcome (visitors and residents; kept after approval). */
  bindingRequest: MyBindingRequest | null
  /**
   * 结对: for an elder, their helper — name, masked phone, and the full number so the elder can phone
   * them (the pairing links both ways, as the helper sees their elders' numbers); for a helper, how
   * many elders they look after.
   */
  pairing: { helper: { name: string; phoneMasked: string | null; phone: string | null } | null; elderCount: number } | null
  /** The open 组织关系排查 the caller (a member) has not yet confirmed, if any. */
  pendingRelationCheck: { checkId: string; title: string; startedAt: string } | null
}

export interface RegisterResponse {
  residentId: string
  role: Role
}

export interface RequestBindingResponse {
  request: MyBindingRequest
}

/** A binding request as a reviewer (secretary of the member's subtree, or admin) sees it. */
export interface BindingRequestView {
  id: string
  status: BindingStatus
  name: string
  /** Full number: the reviewer manages the member's subtree and needs to check it. */
  phone: string
  memberId: string
  memberName: string
  org: OrgRef | null
  requestedAt: string
  reviewedAt: string | null
  reason: string | null
}

export type BindingRequestsResponse = Page<BindingRequestView>

export interface ReviewBindingResponse {
  request: BindingRequestView
}

/** One row of the roster list (phones masked in lists; `get` shows the full number to managers). */
export interface MemberListItem {
  id: string
  name: string
  gender: 'male' | 'female'
  birthYear: number
  phoneMasked: string | null
  /** Full number for managers of this member's subtree (who phone members); null for anyone else. */
  phone: string | null
  category: MemberCategory
  elder: boolean
  status: MemberStatus
  archived: boolean
  org: OrgRef | null
  building: string
  unit: string
  bound: boolean
}

export interface MemberListResponse extends Page<MemberListItem> {
  /** Matching members in total; only on the first page (no cursor), null on later pages. */
  total: number | null
}

export interface MemberDetail extends MemberListItem {
  /** Full number for managers of this member's subtree; null for anyone else (they get phoneMasked). */
  phone: string | null
  dualReport: boolean
  joinedPartyYear: number
  orgId: string
  orgPath: OrgRef[]
  rankingOptOut: boolean
  lastContactAt: string | null
  /** Pass back unchanged to `upsert` (optimistic concurrency). */
  version: number
  helper: { id: string; name: string } | null
  elders: Array<{ id: string; name: string }>
  createdAt: string
  updatedAt: string
}

export interface MemberResponse {
  member: MemberDetail
}

export interface OrgNode extends OrgRef {
  parentId: string | null
  /** Ancestor ids from the committee down to the parent. */
  path: string[]
  buildings: string[]
  sort: number
  secretaries: Array<{ memberId: string | null; name: string; openid: string }>
}

export interface OrgTreeResponse {
  /** The caller's subtree, parents before children, siblings by `sort`. */
  nodes: OrgNode[]
  rootId: string
}

export interface UpsertOrgResponse {
  org: OrgNode
  /** Members whose orgPath was rewritten because the org moved (0 for create/rename). */
  membersMoved: number
}

export interface SetRoleResponse {
  memberId: string
  openid: string
  role: Role
  scope: OrgRef | null
}

/** A spreadsheet the server wrote to storage (removed after a day by the members timer). */
export interface RosterFile {
  fileId: string
  /** Temporary download URL (expires at `expiresAt`). */
  url: string
  expiresAt: string
  filename: string
  /** Always the .xlsx content type. */
  contentType: string
}

export interface ImportIssue {
  /** Row number as Excel shows it (the header is row 1). */
  row: number
  /** The Chinese column header, or null for a problem with the whole row. */
  column: string | null
  message: string
}

export interface ImportReport {
  rows: number
  new: number
  changed: number
  unchanged: number
  invalid: number
  issues: ImportIssue[]
  /** True when commit was requested and the rows were written. */
  committed: boolean
  /** Rows actually written on commit (new + changed that did not conflict). */
  written: number
  /** Rows skipped on commit because someone edited the member meanwhile (re-run the import). */
  conflicts: number
}

export interface RelationCheckView {
  id: string
  title: string
  status: 'open' | 'closed'
  startedAt: string
}

export interface ConfirmRelationResponse {
  checkId: string
  memberId: string
  method: 'self' | 'helper' | 'manager'
  /** False when this member had already been confirmed for this check (nothing changed). */
  firstConfirmation: boolean
}

export interface RelationCheckStatusResponse {
  check: RelationCheckView | null
  total: number
  confirmed: number
  /** Members of the subtree who have not answered (page of 20, keyset cursor). */
  unanswered: Array<MemberListItem & { lastContactAt: string | null; canMarkLostContact: boolean }>
  nextCursor: string | null
}

export interface SetupFirstAdminResponse {
  /** The committee the caller now manages. */
  scope: OrgRef
  /** True when no committee existed and it was created with the given name. */
  committeeCreated: boolean
}

export interface ElderContact {
  id: string
  name: string
  /** Full number: the helper needs to phone them. */
  phone: string
  building: string
  unit: string
  birthYear: number
}

/** One 楼栋 of the community's list, as pickers and the committee's screen show it. */
export interface BuildingView {
  /** The canonical name, e.g. 琼林苑3栋: what people, audiences and rankings store. */
  id: string
  units: string[]
  /** The Party groups that look after it (from the org tree). */
  groups: OrgRef[]
}

export interface BuildingsResponse {
  items: BuildingView[]
}

/** What `migrateBuildings` found (and, on commit, rewrote): free-text buildings of people and groups. */
export interface BuildingMigrationReport {
  /** Texts matched to a listed building (琼林苑3号楼 → 琼林苑3栋), with how many records carry each. */
  matched: Array<{ from: string; to: string; records: number }>
  /** Texts that match nothing listed: add the building, or correct the person, then run again. */
  unmatched: Array<{ text: string; records: number }>
  committed: boolean
  /** Records rewritten (people, ranking totals, notice receipts, groups); 0 when only checking. */
  written: number
}

/** One 操作记录, in words: who (name and role), what (the action), on whom or what, and the detail. */
export interface AuditLogEntry {
  id: string
  at: string
  /** Who did it; `openid` only to filter by this person (never shown). */
  actor: { openid: string; name: string; role: Role }
  /** The recorded action code; core/audit-words.ts names it (调整积分, 新增或修改党员 …). */
  action: string
  /** What it was done to, by name (a member, an org, an activity's or notice's title, a building); null when it names nothing. */
  target: string | null
  /** The person it concerned when the target is a record about them (an adjustment, a good deed, a check-in). */
  person: string | null
  /** Recorded values, for core/audit-words.ts `auditDetailLines` (ids inside are not shown). */
  detail: Record<string, unknown> | null
}

// ---------------------------------------------------------------------------------------------
// Member fields of upsert. The roster import does not use this schema: it checks each column of a
// row with its own Chinese message per cell (core/rules/roster-import.ts), at least as strictly:
// tests/core/members-rules.test.ts checks that rows at the import's limits pass this schema.
// ---------------------------------------------------------------------------------------------

export const memberFieldsSchema = z
  .object({
    name: personName,
    gender: z.enum(['male', 'female']),
    birthYear: year,
    phone,
    category,
    elder: z.boolean(),
    status: status.default('normal'),
    /** A branch or a group. Unknown ids fail validation on `orgId`. */
    orgId: id,
    building: building.default(''),
    unit: unit.default(''),
    joinedPartyYear: year,
  })
  .strict()

export type MemberFields = z.output<typeof memberFieldsSchema>

// ---------------------------------------------------------------------------------------------
// The action map
// ---------------------------------------------------------------------------------------------

export const membersActions = {
  me: defineAction<MeResponse>()({
    request: {},
    roles: ANYONE,
    summary: '查看我的身份、角色、所属组织、绑定申请结果和结对信息',
  }),

  register: defineAction<RegisterResponse>()({
    request: { name: personName, phone, building: building.min(1), unit },
    /** A resident may call it again (a retry): they get their existing registration, unchanged. */
    roles: ['visitor', 'resident'],
    summary: '访客登记为居民（姓名、手机号、楼栋单元）；重复提交只登记一次',
  }),

  requestBinding: defineAction<RequestBindingResponse>()({
    request: { name: personName, phone },
    roles: ['visitor', 'resident'],
    summary: '党员申请绑定花名册（姓名 + 手机号），等待支部书记或社区党委审核',
  }),

  bindingRequests: defineAction<BindingRequestsResponse>()({
    request: { status: z.enum(['pending', 'approved', 'rejected']).default('pending'), ...page },
    roles: MANAGERS,
    summary: '查看本支部（社区党委：全社区）的身份绑定申请',
  }),

  reviewBinding: defineAction<ReviewBindingResponse>()({
    request: {
      requestId: id,
      /** A rejection's reason is required: the applicant sees it. */
      ...verdictFields,
    },
    roles: MANAGERS,
    summary: '通过或驳回身份绑定申请（驳回须填写原因）',
  }),

  list: defineAction<MemberListResponse>()({
    request: {
      /** Part of a name (contains). */
      query: z.string().trim().min(1).max(20).optional(),
      /** A branch or group inside the caller's subtree (default: the whole subtree). */
      orgId: id.optional(),
      category: category.optional(),
      elder: z.boolean().optional(),
      status: status.optional(),
      archived: z.boolean().default(false),
      ...page,
    },
    roles: MANAGERS,
    summary: '按姓名、支部、类别、高龄、状态筛选本支部花名册，每页最多 20 人',
  }),

  get: defineAction<MemberResponse>()({
    request: { memberId: id },
    roles: MEMBERS,
    summary: '查看一名党员的详细信息（党员只能看自己）',
  }),

  upsert: defineAction<MemberResponse>()({
    request: {
      /** Absent: add a new member. Present: edit it, with the `version` that was read. */
      memberId: id.optional(),
      version: z.number().int().min(1).optional(),
      fields: memberFieldsSchema,
    },
    roles: MANAGERS,
    summary: '新增或修改党员（修改须带读取时的版本号，过期的修改会被拒绝）；可调整所在支部',
  }),

  archive: defineAction<MemberResponse>()({
    request: { memberId: id, archived: z.boolean().default(true) },
    roles: MANAGERS,
    summary: '归档（或恢复）党员，不做物理删除',
  }),

  updateMyContact: defineAction<MeResponse>()({
    request: { phone: phone.optional(), building: building.optional(), unit: unit.optional() },
    roles: SIGNED_UP,
    summary: '修改本人的联系方式（手机号、楼栋、单元）',
  }),

  setRankingOptOut: defineAction<MeResponse>()({
    request: { optOut: z.boolean() },
    roles: SIGNED_UP,
    summary: '设置是否在公开排行榜中隐藏本人',
  }),

  orgTree: defineAction<OrgTreeResponse>()({
    request: {},
    roles: MANAGERS,
    summary: '查看所管辖的组织树（社区党委 → 党总支 → 党支部 → 党小组）及书记',
  }),

  upsertOrg: defineAction<UpsertOrgResponse>()({
    request: {
      /** Absent: create. Present: rename / move / change buildings (history is kept). */
      orgId: id.optional(),
      name: z.string().trim().min(1).max(40),
      level: z.enum(ORG_LEVELS),
      parentId: id,
      buildings: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
      sort: z.number().int().min(0).max(9999).optional(),
    },
    roles: ADMINS,
    summary: '新建、改名或调整组织（保留变更记录，党员所属路径随之更新）',
  }),

  buildings: defineAction<BuildingsResponse>()({
    request: {},
    roles: ANYONE,
    summary: '查看社区的楼栋和单元列表（登记、修改联系方式时从中选择）',
  }),

  upsertBuilding: defineAction<{ building: BuildingView; created: boolean }>()({
    request: {
      /** Typed by the committee; stored as its canonical name (琼林苑3号楼 → 琼林苑3栋). */
      name: building.min(1, '请填写楼栋名称'),
      units: z.array(unit.min(1)).max(BUILDING_UNITS_MAX, `单元最多 ${BUILDING_UNITS_MAX} 个`).default([]),
      sort: z.number().int().min(0).max(9999).optional(),
    },
    roles: ADMINS,
    summary: '新增楼栋或修改楼栋的单元（楼栋名按统一写法保存，如“3号楼”记为“3栋”）',
  }),

  migrateBuildings: defineAction<BuildingMigrationReport>()({
    request: { commit: z.boolean().default(false) },
    roles: ADMINS,
    summary: '把居民、党员和党小组中手写的楼栋对应到楼栋列表（先检查，确认后改写并留痕）',
  }),

  orgHistory: defineAction<{
    items: Array<{
      id: string
      orgId: string
      kind: 'create' | 'rename' | 'move' | 'update'
      before: Record<string, unknown> | null
      after: Record<string, unknown>
      byOpenid: string
      at: string
    }>
  }>()({
    request: { orgId: id },
    roles: ADMINS,
    summary: '查看一个组织的改名、调整记录',
  }),

  setRole: defineAction<SetRoleResponse>()({
    request: { memberId: id, orgId: id, grant: z.boolean() },
    roles: ADMINS,
    summary: '授予或撤销党员对某支部的支部书记角色',
  }),

  rosterTemplate: defineAction<RosterFile>()({
    request: {},
    roles: ADMINS,
    summary: '下载花名册导入模板（.xlsx）',
  }),

  importRoster: defineAction<ImportReport>()({
    request: {
      /** The uploaded .xlsx (at most 2 MB), as storage named it. */
      fileId: fileIdSchema,
      /** false: only check and report. true: write (only if clean, or acceptValidRows). */
      commit: z.boolean().default(false),
      acceptValidRows: z.boolean().default(false),
    },
    roles: ADMINS,
    summary: '导入花名册 Excel：先检查并报告问题，确认后写入；重复导入同一文件不会重复写入',
  }),

  exportRoster: defineAction<RosterFile & { rows: number }>()({
    request: { orgId: id.optional(), fullPhones: z.boolean().default(false) },
    roles: MANAGERS,
    summary: '导出所管辖花名册为 Excel（手机号默认打码；完整号码仅社区党委可导出并留痕）',
  }),

  startRelationCheck: defineAction<{ check: RelationCheckView }>()({
    request: { title: z.string().trim().min(1).max(40) },
    roles: ADMINS,
    summary: '发起组织关系排查（同时关闭上一次排查）',
  }),

  confirmRelation: defineAction<ConfirmRelationResponse>()({
    request: {
      /** Default: the open check. */
      checkId: id.optional(),
      /** Confirm for someone else: their paired helper, or a manager of their subtree, after a call. */
      forMemberId: id.optional(),
    },
    roles: MEMBERS,
    summary: '确认本人（或结对长辈、本支部党员）可以联系上',
  }),

  relationCheckStatus: defineAction<RelationCheckStatusResponse>()({
    request: { checkId: id.optional(), orgId: id.optional(), ...page },
    roles: MANAGERS,
    summary: '查看组织关系排查进度和本支部未回复的党员',
  }),

  markLostContact: defineAction<MemberResponse>()({
    request: { memberId: id, lost: z.boolean() },
    roles: MANAGERS,
    summary: '标记（或取消）失联党员：须 6 个月以上未取得联系',
  }),

  setPairing: defineAction<{ helperId: string; elderIds: string[] }>()({
    request: { helperMemberId: id, elderMemberIds: z.array(id).min(1).max(2) },
    roles: MANAGERS,
    summary: '为一名党员结对一至两位高龄或行动不便党员（替换其原有结对）',
  }),

  removePairing: defineAction<{ elderId: string }>()({
    request: { elderMemberId: id },
    roles: MANAGERS,
    summary: '解除一位长辈的结对',
  }),

  myElders: defineAction<{ elders: ElderContact[] }>()({
    request: {},
    roles: MEMBERS,
    summary: '查看我结对的长辈（姓名、电话）',
  }),

  auditLog: defineAction<Page<AuditLogEntry>>()({
    request: {
      /** Only what this person did (an actor's openid from an entry). */
      actorOpenid: z.string().trim().min(1).max(64).optional(),
      /** Only one area's actions: members / activities / points / notices / study / care. */
      area: z.enum(['members', 'activities', 'points', 'notices', 'study', 'care']).optional(),
      /** Beijing days, inclusive (YYYY-MM-DD). */
      from: day.optional(),
      to: day.optional(),
      ...page,
    },
    roles: MANAGERS,
    summary: '查看管理操作记录（谁、什么角色、做了什么、对谁、改前改后），可按人、操作类别和日期筛选；支部书记只看本支部',
  }),

  /**
   * 首位管理员: whoever first enters the one-time setup code (the members function's
   * HONGLIN_SETUP_CODE) becomes the committee admin, creating the committee org when there is none.
   * Used once: afterwards, or once any admin exists, it answers SETUP.USED.
   */
  setupFirstAdmin: defineAction<SetupFirstAdminResponse>()({
    request: {
      code: z.string().trim().min(1).max(64),
      /** Used only when the committee does not exist yet, e.g. 滨湖世纪社区党委. */
      committeeName: z.string().trim().min(2).max(30),
    },
    roles: ANYONE,
    summary: '输入一次性初始化码成为社区党委管理员（没有社区党委时一并创建）；用过即作废',
  }),
}
