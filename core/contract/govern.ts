import { z } from 'zod'
import {
  MEETING_SIDES,
  TOPIC_OPTIONS_MAX,
  TOPIC_OPTIONS_MIN,
  TOPIC_STATUSES,
  type MeetingSide,
  type TopicOrigin,
  type TopicStatus,
} from '../community/deliberation'
import {
  EVALUATION_KINDS,
  GRADES,
  PARTNER_RATERS_MAX,
  RESIDENT_RATERS_MAX,
  SELF_ASSESSMENT_MAX,
  type EvaluationKind,
  type GradeCounts,
  type RaterGroup,
} from '../community/evaluation'
import { PARTNER_LIST_MAX, PARTNER_TYPES, PROJECT_STATUSES, type PartnerUnitDoc, type ProjectStatus } from '../community/partners'
import { ADMINS, MANAGERS, MEMBERS, SIGNED_UP } from '../roles'
import { defineAction } from './define'
import {
  dayField as day,
  idField as id,
  instantField as isoInstant,
  pageFields,
  requestIdField as requestId,
  textField as text,
  type Page,
} from './fields'
import { audienceSchema, type NoticeAudienceView } from './notices'

export * from '../community/deliberation'
export * from '../community/evaluation'
export * from '../community/partners'

/**
 * 议事协商 · 民主评议 · 共驻共建 (function `community`, merged into communityActions).
 *
 * 议事协商: a topic is set by a branch or the committee for an audience (a building, a branch, the
 * community) — optionally raised from a 民生诉求 ticket they manage — or proposed by a resident for
 * their own building and opened for voting once TOPIC_SUPPORT_NEEDED neighbours support it. Everyone in
 * the audience votes once (the vote's `_id` is topic + person: a double tap, a retry, 100 people at once
 * each count once; the tally shards are written in the vote's transaction, so tally = ballots); after
 * the deadline a vote is refused (TOPIC.VOTE_CLOSED). Comments are content-checked; the branch hides
 * one with a reason (audited). After the deadline the branch publishes the decision, linked to a
 * follow-up activity, and records the 议事会 (attendees incl. 物业 / 业委会 by name).
 *
 * 民主评议: see core/community/evaluation.ts (anonymous by construction).
 * 共驻共建: see core/community/partners.ts.
 */

const page = pageFields(20)
const phone = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, '请填写 11 位手机号')

export interface TopicView {
  id: string
  title: string
  background: string
  options: string[]
  deadline: string
  audience: NoticeAudienceView
  origin: TopicOrigin
  ticketId: string | null
  status: TopicStatus
  proposerName: string
  supportNeeded: number
  supportCount: number
  commentCount: number
  /** Votes per option (sum of the tally shards) and in all. */
  tally: number[]
  votes: number
  /** The caller's vote (option index), null if none; whether they supported a proposal. */
  myVote: number | null
  mySupport: boolean
  canVote: boolean
  /** The caller manages it (hides comments, decides, records the meeting). */
  manages: boolean
  decision: string | null
  followUpActivityId: string | null
  decidedAt: string | null
  meeting: { heldOn: string; place: string; attendees: Array<{ name: string; side: MeetingSide }>; minutes: string } | null
  createdAt: string
}

export interface TopicCommentView {
  id: string
  authorName: string
  /** Hidden comments show only their reason (the author and managers still see the text). */
  text: string | null
  hidden: boolean
  hiddenReason: string | null
  mine: boolean
  createdAt: string
}

export interface EvaluationView {
  id: string
  kind: EvaluationKind
  title: string
  orgName: string
  subjects: Array<{ personId: string; name: string; selfAssessment: string | null }>
  closesAt: string
  closed: boolean
  eligible: number
  /** Whether the caller has voted (from the turnout record); what they voted is stored nowhere with them. */
  voted: boolean
  canVote: boolean
  /** The group the caller rates in (党员, 居民代表, 共建单位代表), null if they do not rate. */
  myGroup: RaterGroup | null
  /** 述职评议: how many 居民代表 and partner-unit representatives rate besides the members. */
  raterCounts: { residents: number; partners: number }
  manages: boolean
  /** After the close: how many took part; before it null. */
  turnout: number | null
  /** After the close, when the caller is a subject: their own counts. */
  myResult: GradeCounts | null
  isSubject: boolean
  /** The caller's own 自评, when they are a subject. */
  mySelfAssessment: string | null
}

export interface EvaluationResults {
  id: string
  title: string
  eligible: number
  turnout: number
  rows: Array<{
    personId: string
    name: string
    counts: GradeCounts
    /** Counts of the ballots that name their group (see core/community/evaluation.ts). */
    byGroup: Partial<Record<RaterGroup, GradeCounts>>
    selfAssessment: string | null
  }>
  /**
   * With several rater groups: each group's eligible raters, turnout, and how many ballots name it
   * (the first GROUP_MIN − 1 of a group count in the totals only). Empty for members only.
   */
  groups: Array<{ group: RaterGroup; eligible: number; turnout: number; ballots: number }>
}

/** Whom a 述职评议's creator may name: residents of the org's buildings, and partner units with a representative. */
export interface EvaluationRaterChoices {
  residents: Array<{ id: string; name: string; building: string }>
  partners: Array<{ id: string; name: string; representativeName: string }>
}

/** `contactPhone` is masked (138****1234) unless the caller is a manager. */
export interface PartnerUnitView extends Pick<
  PartnerUnitDoc,
  'name' | 'type' | 'contactName' | 'contactPhone' | 'partyOrg' | 'resources' | 'needs'
> {
  id: string
  /** Managers only: the representative who rates for the unit in a 述职评议 (null: none, or not a manager). */
  representativeName: string | null
  /**
   * 协办: activities this unit co-organised (activities' `coOrganizerIds`), latest first, at most 20;
   * not cancelled; for residents and members only those meant for everyone.
   */
  coOrganized: Array<{ id: string; title: string; startAt: string }>
}

export interface PartnerProjectView {
  id: string
  title: string
  unitNames: string[]
  resource: string
  need: string
  status: ProjectStatus
  activityId: string | null
}

export interface JointMeetingView {
  id: string
  quarter: string
  heldOn: string
  attendees: Array<{ name: string; unit: string }>
  minutes: string
}

export interface ServicePostView {
  id: string
  title: string
  place: string
  slots: number
  claimed: number
  mine: boolean
}

export interface DualReportView {
  memberId: string
  name: string
  workUnit: string
  skills: string
  postId: string | null
  postTitle: string | null
  minutes: number
}

const topicFields = {
  requestId,
  title: text(4, 40, '请写清议题（至少 4 个字）'),
  background: text(10, 1000, '请写明背景（至少 10 个字）'),
  options: z
    .array(text(1, 40, '选项不能为空'))
    .min(TOPIC_OPTIONS_MIN, `至少 ${TOPIC_OPTIONS_MIN} 个选项`)
    .max(TOPIC_OPTIONS_MAX, `最多 ${TOPIC_OPTIONS_MAX} 个选项`)
    .refine((options) => new Set(options).size === options.length, '选项不能重复'),
  deadline: isoInstant,
}
const topicId = { topicId: id }
/** Who came to a meeting (议事会, 联席会议): each by name, with their side or unit; at least one. */
const attendees = <More extends z.ZodRawShape>(more: More) =>
  z.array(z.object({ name: text(1, 20, '请填写姓名'), ...more }).strict()).min(1, '请填写参会人员')
const meetingMinutes = text(10, 2000, '请填写会议纪要（至少 10 个字）')
const list = (items: z.ZodTypeAny) => items.array().max(PARTNER_LIST_MAX, `最多 ${PARTNER_LIST_MAX} 项`).default([])

export const governActions = {
  topics: defineAction<Page<TopicView>>()({
    request: { scope: z.enum(['mine', 'manage']).default('mine'), status: z.enum(TOPIC_STATUSES).optional(), ...page },
    roles: SIGNED_UP,
    summary: '议事协商议题列表：我所在楼栋、支部和社区的议题；书记和社区党委可看所管辖的全部议题',
  }),
  topic: defineAction<{ topic: TopicView }>()({
    request: topicId,
    roles: SIGNED_UP,
    summary: '查看一个议题：背景、选项、截止时间、计票、我的投票、结果和议事会记录',
  }),
  createTopic: defineAction<{ topic: TopicView; created: boolean }>()({
    request: { ...topicFields, audience: audienceSchema, ticketId: id.optional() },
    roles: MANAGERS,
    summary: '支部书记或社区党委发起议题（可由民生诉求转为议题），面向楼栋、支部或全社区；重复提交只记一次',
  }),
  proposeTopic: defineAction<{ topic: TopicView; created: boolean }>()({
    request: topicFields,
    roles: SIGNED_UP,
    summary: '居民在本楼栋提议议题，达到联名人数后开始投票；重复提交只记一次',
  }),
  supportTopic: defineAction<{ topic: TopicView }>()({
    request: topicId,
    roles: SIGNED_UP,
    summary: '联名支持本楼栋的居民提议（每人一次）',
  }),
  voteTopic: defineAction<{ topic: TopicView; counted: boolean }>()({
    request: {
      topicId: id,
      option: z
        .number()
        .int()
        .min(0)
        .max(TOPIC_OPTIONS_MAX - 1),
    },
    roles: SIGNED_UP,
    summary: '对议题投票（每人每题一票，重复提交只记一次；截止后不能投票）',
  }),
  topicComments: defineAction<Page<TopicCommentView>>()({
    request: { topicId: id, ...page },
    roles: SIGNED_UP,
    summary: '议题的评论（被隐藏的只显示原因）',
  }),
  commentTopic: defineAction<{ comment: TopicCommentView; created: boolean }>()({
    request: { topicId: id, requestId, text: text(2, 300, '请写下您的意见（至少 2 个字）') },
    roles: SIGNED_UP,
    summary: '对议题发表意见（经内容安全检查；重复提交只记一次）',
  }),
  hideComment: defineAction<{ comment: TopicCommentView }>()({
    request: { commentId: id, reason: text(2, 100, '请填写隐藏原因') },
    roles: MANAGERS,
    summary: '隐藏不当评论（须填写原因，记入操作记录）',
  }),
  decideTopic: defineAction<{ topic: TopicView }>()({
    request: { topicId: id, decision: text(4, 1000, '请填写协商结果'), followUpActivityId: id.nullable().default(null) },
    roles: MANAGERS,
    summary: '投票截止后公布协商结果和决定，可关联后续活动',
  }),
  recordTopicMeeting: defineAction<{ topic: TopicView }>()({
    request: {
      topicId: id,
      heldOn: day,
      place: text(2, 40, '请填写地点'),
      attendees: attendees({ side: z.enum(MEETING_SIDES) }).max(40, '最多 40 人'),
      minutes: meetingMinutes,
    },
    roles: MANAGERS,
    summary: '记录议事会（参会人员含物业、业委会代表姓名，会议纪要）',
  }),
  createEvaluation: defineAction<{ evaluation: EvaluationView; created: boolean }>()({
    request: {
      requestId,
      kind: z.enum(EVALUATION_KINDS),
      orgId: id,
      title: text(4, 40, '请填写评议名称'),
      closesAt: isoInstant,
      residentIds: z.array(id).max(RESIDENT_RATERS_MAX, `居民代表最多 ${RESIDENT_RATERS_MAX} 人`).default([]),
      partnerUnitIds: z.array(id).max(PARTNER_RATERS_MAX, `共建单位最多 ${PARTNER_RATERS_MAX} 个`).default([]),
    },
    roles: MANAGERS,
    summary: '发起民主评议（党员互评，或书记述职评议：本支部党员、指定的居民代表和共建单位代表参评）；重复提交只记一次',
  }),
  evaluationRaterChoices: defineAction<EvaluationRaterChoices>()({
    request: { orgId: id },
    roles: MANAGERS,
    summary: '发起述职评议时可指定的居民代表（本支部楼栋已登记的居民）和已指定代表的共建单位',
  }),
  evaluations: defineAction<{ items: EvaluationView[] }>()({
    request: {},
    roles: SIGNED_UP,
    summary: '我可参加的民主评议（党员、被指定的居民代表和共建单位代表；书记和社区党委：所管辖的）',
  }),
  evaluation: defineAction<{ evaluation: EvaluationView }>()({
    request: { campaignId: id },
    roles: SIGNED_UP,
    summary: '查看一次评议：评议对象和自评、是否已投；结束后显示参评人数和本人结果',
  }),
  selfAssess: defineAction<{ evaluation: EvaluationView }>()({
    request: { campaignId: id, text: text(10, SELF_ASSESSMENT_MAX, '自评至少 10 个字') },
    roles: MEMBERS,
    summary: '评议对象填写自评（评议结束前可修改）',
  }),
  castEvaluation: defineAction<{ evaluation: EvaluationView }>()({
    request: {
      campaignId: id,
      grades: z
        .array(z.object({ personId: id, grade: z.enum(GRADES) }).strict())
        .min(1)
        .max(80),
    },
    roles: SIGNED_UP,
    summary: '匿名评议：为每位评议对象（含本人）选择优秀、合格、基本合格或不合格（每人一次，选票不记投票人）',
  }),
  closeEvaluation: defineAction<{ evaluation: EvaluationView }>()({
    request: { campaignId: id },
    roles: MANAGERS,
    summary: '结束评议（之后才能查看结果）',
  }),
  evaluationResults: defineAction<EvaluationResults>()({
    request: { campaignId: id },
    roles: MANAGERS,
    summary: '评议结束后查看每位对象的等次票数和参评率，述职评议分党员、居民代表、共建单位统计（不显示任何选票）',
  }),
  partnerUnits: defineAction<{ items: PartnerUnitView[]; projects: PartnerProjectView[] }>()({
    request: {},
    roles: SIGNED_UP,
    summary: '共驻共建单位（联系电话打码）及资源、需求、项目清单和协办的活动；发布活动时选择协办单位',
  }),
  savePartnerUnit: defineAction<{ unit: PartnerUnitView }>()({
    request: {
      requestId,
      name: text(2, 40, '请填写单位名称'),
      type: z.enum(PARTNER_TYPES),
      contactName: text(1, 20, '请填写联系人'),
      contactPhone: phone,
      partyOrg: text(0, 40, '').default(''),
      resources: list(text(1, 40, '清单项不能为空')),
      needs: list(text(1, 40, '清单项不能为空')),
    },
    roles: ADMINS,
    summary: '登记或修改共建单位（名称、类型、联系人、党组织、资源和需求清单），记入操作记录',
  }),
  setPartnerRepresentative: defineAction<{ unit: PartnerUnitView }>()({
    request: { unitId: id, phone: phone.nullable() },
    roles: ADMINS,
    summary: '指定共建单位的代表（按手机号找到已登记的居民或党员；参加述职评议），或取消指定；记入操作记录',
  }),
  savePartnerProject: defineAction<{ project: PartnerProjectView }>()({
    request: {
      requestId,
      title: text(2, 40, '请填写项目名称'),
      unitIds: z.array(id).min(1, '请选择共建单位').max(5),
      resource: text(1, 40, '请填写对接的资源'),
      need: text(1, 40, '请填写对接的需求'),
      status: z.enum(PROJECT_STATUSES).default('planned'),
      activityId: id.nullable().default(null),
    },
    roles: ADMINS,
    summary: '登记共建项目（把共建单位的资源与社区需求对接），记入操作记录',
  }),
  jointMeetings: defineAction<{ items: JointMeetingView[] }>()({
    request: {},
    roles: MANAGERS,
    summary: '党建联席会议记录（每季度一次）',
  }),
  recordJointMeeting: defineAction<{ meeting: JointMeetingView }>()({
    request: {
      quarter: z.string().regex(/^\d{4}Q[1-4]$/, '季度格式应为 2026Q4'),
      heldOn: day,
      attendees: attendees({ unit: text(1, 40, '请填写单位') }).max(40),
      minutes: meetingMinutes,
    },
    roles: ADMINS,
    summary: '记录本季度党建联席会议（同一季度再次提交为修改），记入操作记录',
  }),
  servicePosts: defineAction<{ items: ServicePostView[]; report: DualReportView | null }>()({
    request: {},
    roles: MEMBERS,
    summary: '在职党员服务岗位和我的双报到',
  }),
  saveServicePost: defineAction<{ post: ServicePostView }>()({
    request: { requestId, title: text(2, 30, '请填写岗位名称'), place: text(2, 40, '请填写地点'), slots: z.number().int().min(1).max(50) },
    roles: ADMINS,
    summary: '设立在职党员服务岗位（名额），记入操作记录',
  }),
  dualReport: defineAction<{ report: DualReportView }>()({
    request: { workUnit: text(2, 40, '请填写工作单位'), skills: text(0, 100, '').default('') },
    roles: MEMBERS,
    summary: '在职党员到社区双报到（工作单位、特长）；再次提交为修改',
  }),
  claimPost: defineAction<{ report: DualReportView }>()({
    request: { postId: id },
    roles: MEMBERS,
    summary: '双报到党员认领服务岗位（名额有限，每人一个岗位）',
  }),
  logPostHours: defineAction<{ report: DualReportView }>()({
    request: { memberId: id, requestId, minutes: z.number().int().min(10).max(600) },
    roles: MANAGERS,
    summary: '为认领岗位的党员登记服务时长（计入志愿服务时长），记入操作记录',
  }),
} as const
