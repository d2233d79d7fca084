import { z } from 'zod'
import { dayField as day, idField as id, pageFields, requestIdField as requestId, textField as text, type Page } from './fields'
import {
  CARE_MONEY_MAX,
  CARE_PAGE_SIZE_MAX,
  COMPANIONS_MAX,
  GOODS_TEXT_MAX,
  GRANT_BUILDINGS_MAX,
  GRANT_KINDS,
  HOME_VISIT_KINDS,
  NEED_STATUSES,
  NEED_TAGS,
  NEED_TEXT_MAX,
  NEEDS_PER_VISIT_MAX,
  NOTICES_PER_VISIT_MAX,
  TEAM_KINDS,
  TEAM_MEMBERS_MAX,
  UNVISITED_DAYS_MAX,
  UNVISITED_DAYS_MIN,
  VISIT_KINDS,
  VISIT_TEXT_MAX,
  type GrantKind,
  type TeamKind,
} from '../care/constants'
import { ADMINS, MEMBERS } from '../roles'
import { defineAction } from './define'
import type { CareNeedDoc, CareVisitDoc } from '../care/model'

export * from '../care/constants'

/**
 * 关爱网络 (function `care`).
 *
 * A helper (结对人) — or whoever's small scope covers the elder: a 党小组长 (their group), a 楼栋长 or
 * 网格员 (their buildings), the branch secretary or the committee — records a visit or a call: the
 * day, what was delivered (notices read to the elder at the door count as received: the notice's read
 * stats show 送达 and by whom; study material by name), what the elder said, and their needs with
 * tags. Each need goes to the branch's 需求清单, where the secretary marks it handled, or becomes a
 * 微心愿 (the elder is the wisher, pending review as usual) or a 民生诉求 ticket in one tap. The
 * branch records care visits too: 红色家访, the 八个到家 and 两节慰问 with goods, money and who went.
 *
 * The committee keeps 困难 (`hardship`) and 独居 (`livesAlone`) flags on members and residents: only
 * admin actions (`setFlags`, `flagged`) read or write them, audited; no other reply carries them.
 * Birthdays give the month's 集体生日会 list; `unvisited` lists elders nobody visited in N days.
 *
 * Small scopes are grants the committee gives a bound member (`setGrant`, audited). A liaison reads
 * their branches' lists and writes nothing. Every action checks the caller's scope in the handler:
 * a member without a grant and without an elder to help is refused.
 *
 * Retries: `recordVisit` carries a client `requestId` (the visit's id comes from it, its needs' ids
 * from the visit); `convertNeed` and `handleNeed` answer a repeat with the same result.
 */

const page = pageFields(CARE_PAGE_SIZE_MAX)

export interface CareGrantView {
  id: string
  kind: GrantKind
  memberId: string
  memberName: string
  orgIds: string[]
  orgNames: string[]
  buildings: string[]
  active: boolean
}

export interface MyCareScopeResponse {
  grants: CareGrantView[]
  /** Secretary or committee: the branch's lists and care visits. */
  manages: boolean
  /** Sees 需求清单, 关爱记录, 未走访名单 and 生日 (managers and every grant). */
  readsLists: boolean
  /** Has elders to visit (paired or in their group or buildings). */
  visits: boolean
}

export interface ElderCard {
  id: string
  kind: 'member' | 'resident'
  name: string
  building: string
  /** `paired`: my 结对 elder; `scope`: in my group or buildings. */
  via: 'paired' | 'scope'
  lastVisitDate: string | null
}

export interface NoticeForElder {
  id: string
  title: string
  publishedAt: string
  /** The elder already has it (read it themselves, or someone delivered it). */
  received: boolean
}

export interface NeedView extends Pick<
  CareNeedDoc,
  | 'visitId'
  | 'elderId'
  | 'elderName'
  | 'building'
  | 'text'
  | 'tags'
  | 'status'
  | 'linkedId'
  | 'handledNote'
  | 'handledByName'
  | 'recordedByName'
> {
  id: string
  createdAt: string
  /** The caller may mark it handled (the elder's branch, their group leader or building head). */
  mayHandle: boolean
  /** The caller may turn it into a wish or ticket (the above, or whoever recorded it). */
  mayConvert: boolean
}

export interface VisitView extends Pick<
  CareVisitDoc,
  | 'elderId'
  | 'elderName'
  | 'building'
  | 'kind'
  | 'homeVisitKind'
  | 'date'
  | 'deliveredNoticeTitles'
  | 'deliveredStudy'
  | 'text'
  | 'goods'
  | 'money'
  | 'companions'
  | 'byName'
> {
  id: string
  needCount: number
  createdAt: string
}

export interface UnvisitedElder {
  id: string
  name: string
  building: string
  orgName: string | null
  lastVisitDate: string | null
  helperName: string | null
}

export interface BirthdayPerson {
  id: string
  name: string
  building: string
  birthday: string
  /** This year's age for members (birth year on the roster); null for residents. */
  age: number | null
}

/** Admin only: a person's 困难 / 独居 flags. */
export interface CareFlagView {
  personId: string
  personKind: 'member' | 'resident'
  name: string
  building: string
  hardship: boolean
  livesAlone: boolean
  flagNote: string | null
}

export interface BuildingUnreadResponse {
  noticeId: string
  title: string
  buildings: string[]
  /** People of my buildings the notice is for. */
  audienceSize: number
  read: number
  unread: Array<{ personId: string; kind: 'member' | 'resident'; name: string; building: string; unit: string; elder: boolean }>
}

/** A registered resident of a building, for 一对一帮扶 pairing: their helper if they have one. */
export interface ResidentForPairing {
  id: string
  name: string
  unit: string
  helperId: string | null
  helperName: string | null
}

/** A member who may be chosen as a resident's helper: bound, within the caller's care scope; phone masked. */
export interface HelperCandidate {
  id: string
  name: string
  orgName: string | null
  building: string
  phoneMasked: string | null
}

export interface TeamView {
  id: string
  name: string
  kind: TeamKind
  leaderId: string
  leaderName: string
  size: number
  active: boolean
  /** The caller leads it (sees its hours and points) or belongs to it. */
  myPart: 'leader' | 'member' | null
}

/**
 * The team's hours, for its leader and the committee: service minutes and points credited (确认出勤)
 * in the team's own activities only (activities with its `teamId`), in all and per person — the
 * team's people first, then anyone else who attended — with each team person's 道德银行 totals beside.
 */
export interface TeamStatsResponse {
  team: TeamView
  /** Credited in the team's activities (everyone who attended). */
  minutes: number
  earned: number
  /** The team's activities held so far (published, ended) and the attendances credited in them. */
  activities: number
  attendances: number
  people: Array<{
    personId: string
    name: string
    /** In the team's people (队员); false: someone else who attended a team activity. */
    inTeam: boolean
    /** From the team's activities. */
    minutes: number
    earned: number
    /** Their whole 道德银行 account (team people only; 0 for others). */
    totalMinutes: number
    totalEarned: number
  }>
}

const needInput = z
  .object({
    text: text(1, NEED_TEXT_MAX, '请写下需求内容'),
    tags: z.array(z.enum(NEED_TAGS)).max(NEED_TAGS.length).default([]),
  })
  .strict()

export const careActions = {
  myScope: defineAction<MyCareScopeResponse>()({
    request: {},
    roles: MEMBERS,
    summary: '查看我在关爱网络中的职责（结对、党小组长、楼栋长、网格员、党建联络员）',
  }),

  myElders: defineAction<{ elders: ElderCard[] }>()({
    request: {},
    roles: MEMBERS,
    summary: '查看我可以走访的长辈：结对的长辈，以及所负责党小组、楼栋的高龄党员',
  }),

  noticesForElder: defineAction<{ notices: NoticeForElder[] }>()({
    request: { elderId: id },
    roles: MEMBERS,
    summary: '查看发给这位长辈的近期通知（走访时可当面送达）',
  }),

  recordVisit: defineAction<{ visit: VisitView; needs: NeedView[]; created: boolean }>()({
    request: {
      requestId,
      elderId: id,
      kind: z.enum(VISIT_KINDS),
      homeVisitKind: z.enum(HOME_VISIT_KINDS).nullable().default(null),
      date: day,
      deliveredNoticeIds: z.array(id).max(NOTICES_PER_VISIT_MAX).default([]),
      deliveredStudy: text(1, 60, '请填写学习材料名称').nullable().default(null),
      text: z.string().trim().max(VISIT_TEXT_MAX, `最多 ${VISIT_TEXT_MAX} 个字`).default(''),
      needs: z.array(needInput).max(NEEDS_PER_VISIT_MAX).default([]),
      goods: text(1, GOODS_TEXT_MAX, '请填写慰问品').nullable().default(null),
      money: z.number().int().min(1).max(CARE_MONEY_MAX).nullable().default(null),
      companions: z
        .array(text(1, 20, '请填写同去的人'))
        .max(COMPANIONS_MAX)
        .default([]),
    },
    roles: MEMBERS,
    summary: '记录一次走访或电话联系（送达的通知、学习材料、需求和意见建议）；支部可记录红色家访、八个到家、两节慰问',
  }),

  myVisits: defineAction<Page<VisitView>>()({
    request: page,
    roles: MEMBERS,
    summary: '查看我记录的走访',
  }),

  needs: defineAction<Page<NeedView>>()({
    request: { status: z.enum(NEED_STATUSES).default('open'), ...page },
    roles: MEMBERS,
    summary: '需求清单：所管辖范围内长辈的需求和意见建议',
  }),

  handleNeed: defineAction<{ need: NeedView }>()({
    request: { needId: id, note: text(2, NEED_TEXT_MAX, '请写明如何处理的') },
    roles: MEMBERS,
    summary: '把一条需求标记为已处理（写明如何处理）',
  }),

  convertNeed: defineAction<{ need: NeedView; linkedId: string }>()({
    request: { needId: id, to: z.enum(['wish', 'ticket']) },
    roles: MEMBERS,
    summary: '把一条需求一键转为微心愿（长辈为许愿人，待支部审核）或民生诉求',
  }),

  careRecords: defineAction<Page<VisitView>>()({
    request: { kind: z.enum(VISIT_KINDS).optional(), ...page },
    roles: MEMBERS,
    summary: '关爱记录：所管辖范围内的走访、红色家访、八个到家、两节慰问',
  }),

  unvisited: defineAction<Page<UnvisitedElder>>()({
    request: { days: z.number().int().min(UNVISITED_DAYS_MIN).max(UNVISITED_DAYS_MAX).default(30), ...page },
    roles: MEMBERS,
    summary: '未走访名单：所管辖范围内超过 N 天没有走访过的高龄党员',
  }),

  birthdays: defineAction<{ month: number; items: BirthdayPerson[] }>()({
    request: { month: z.number().int().min(1).max(12).optional() },
    roles: MEMBERS,
    summary: '本月过生日的人（集体生日会）',
  }),

  setBirthday: defineAction<{ personId: string; birthday: string | null }>()({
    request: {
      personId: id,
      birthday: z
        .string()
        .regex(/^\d{2}-\d{2}$/, { message: '生日格式应为 MM-DD' })
        .nullable(),
    },
    roles: MEMBERS,
    summary: '登记或清除生日（支部书记、社区党委）',
  }),

  setFlags: defineAction<{ flag: CareFlagView }>()({
    request: {
      personId: id,
      hardship: z.boolean(),
      livesAlone: z.boolean(),
      note: z.string().trim().max(100, '最多 100 个字').nullable().default(null),
    },
    roles: ADMINS,
    summary: '标记困难、独居（仅社区党委可见，留审计记录）',
  }),

  flagged: defineAction<Page<CareFlagView>>()({
    request: { which: z.enum(['hardship', 'livesAlone']).default('hardship'), ...page },
    roles: ADMINS,
    summary: '查看标记为困难或独居的党员和居民（仅社区党委）',
  }),

  grants: defineAction<{ items: CareGrantView[] }>()({
    request: {},
    roles: ADMINS,
    summary: '查看党小组长、楼栋长、网格员、党建联络员的授权',
  }),

  setGrant: defineAction<{ grant: CareGrantView }>()({
    request: {
      memberId: id,
      kind: z.enum(GRANT_KINDS),
      orgIds: z.array(id).max(GRANT_BUILDINGS_MAX).default([]),
      buildings: z
        .array(text(1, 30, '请选择楼栋'))
        .max(GRANT_BUILDINGS_MAX)
        .default([]),
      active: z.boolean(),
    },
    roles: ADMINS,
    summary: '授予或收回党小组长、楼栋长、网格员、党建联络员（留审计记录）',
  }),

  residentsOf: defineAction<{ building: string; items: ResidentForPairing[] }>()({
    request: { building: text(1, 30, '请选择楼栋') },
    roles: MEMBERS,
    summary: '一对一帮扶：所管辖楼栋的登记居民及其结对党员（支部书记、社区党委、党小组长、楼栋长、网格员）',
  }),

  helperCandidates: defineAction<{ items: HelperCandidate[] }>()({
    request: { query: text(1, 20, '请输入姓名') },
    roles: MEMBERS,
    summary: '一对一帮扶：按姓名查找所管辖范围内已绑定微信的党员，作为居民的结对党员（手机号隐去中间四位）',
  }),

  setResidentHelper: defineAction<{ resident: ResidentForPairing }>()({
    request: { residentId: id, helperMemberId: id.nullable() },
    roles: MEMBERS,
    summary: '为高龄居民安排或解除结对党员（一对一帮扶，留审计记录）；结对党员可为其走访、代兑积分',
  }),

  teams: defineAction<{ items: TeamView[] }>()({
    request: {},
    roles: MEMBERS,
    summary: '志愿服务队、巡查队、文艺队：队名、队长、人数（我带的、我参加的标出）',
  }),

  upsertTeam: defineAction<{ team: TeamView }>()({
    request: {
      teamId: requestId.optional(),
      name: text(2, 30, '请填写队名'),
      kind: z.enum(TEAM_KINDS),
      leaderId: id,
      memberIds: z.array(id).max(TEAM_MEMBERS_MAX).default([]),
      active: z.boolean().default(true),
    },
    roles: ADMINS,
    summary: '新建或修改队伍：队名、类别、队长（须为已绑定微信的党员）、队员（留审计记录）',
  }),

  teamStats: defineAction<TeamStatsResponse>()({
    request: { teamId: id },
    roles: MEMBERS,
    summary: '队长（或社区党委）查看本队活动的志愿服务时长和积分（全队和每人），及队员的累计时长和积分',
  }),

  buildingUnread: defineAction<BuildingUnreadResponse>()({
    request: { noticeId: id },
    roles: MEMBERS,
    summary: '楼栋长、网格员：一条通知在我负责的楼栋里谁还没有读',
  }),
}
