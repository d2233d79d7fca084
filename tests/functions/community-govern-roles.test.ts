/**
 * 议事协商 · 民主评议 · 共驻共建: every action × every caller with real payloads. 'ok' means the call
 * succeeds; anything else is the expected code. Topics are for 琼林苑3栋 (the resident, the elder and the
 * first branch's secretary live there; the member lives in 4栋), managed by the first branch; the 民主评议
 * is of 3栋/4栋's Party group. Rows are checked against the action map's declared roles.
 */
import { governActions } from '../../core/contract/govern'
import { callAs, dataOf, P, TABLE_ROLES, type TableCaller } from '../support'
import { hoursAhead, makeTopic, pastDeadline, topicFields } from './community-govern-fixtures'
import { describeRoleTable } from './role-table'
import { useCommunityDb } from './helpers'
import { rid } from './points-fixtures'

jest.setTimeout(240_000)
const db = useCommunityDb('community-govern-roles')

type Outcome = 'ok' | string
type Row = { request: (who: TableCaller) => Record<string, unknown>; expect: Record<TableCaller, Outcome> }
const F = 'COMMON.FORBIDDEN'
const NF = 'COMMON.NOT_FOUND'
const all = (outcome: Outcome) => Object.fromEntries(TABLE_ROLES.map((r) => [r, outcome])) as Record<TableCaller, Outcome>
const only = (allowed: Partial<Record<TableCaller, Outcome>>) => ({ ...all(F), ...allowed })
const managers = (otherSecretary: Outcome = NF) => only({ admin: 'ok', secretary: 'ok', otherSecretary })
const signedUp = (overrides: Partial<Record<TableCaller, Outcome>> = {}) => ({ ...all('ok'), visitor: F, ...overrides })
const members = (overrides: Partial<Record<TableCaller, Outcome>> = {}) => ({ ...all('ok'), visitor: F, resident: F, ...overrides })
/** Seeing a 3栋 topic: its audience and its managers. */
const seen = signedUp({ otherSecretary: NF, member: NF })
const GROUP = 'org-b1-g2'

const s = {
  topic: '',
  proposal: '',
  closed: {} as Record<string, string>,
  comments: {} as Record<string, string>,
  campaign: '',
  subjects: [] as string[],
  report: '',
  reportSubjects: [] as string[],
  toClose: {} as Record<string, string>,
  closedCampaign: '',
  unit: '',
  post: '',
}
const newCampaign = async (who = P.secretary) =>
  dataOf(
    await callAs(who).community.createEvaluation({
      requestId: rid('e'),
      kind: 'members',
      orgId: GROUP,
      title: '民主评议党员',
      closesAt: hoursAhead(48),
    }),
  ).evaluation

beforeAll(async () => {
  s.topic = (await makeTopic('琼林苑3栋')).id
  s.proposal = dataOf(await callAs(P.resident).community.proposeTopic(topicFields())).topic.id
  for (const who of ['admin', 'secretary'] as const) {
    s.closed[who] = (await makeTopic('琼林苑3栋')).id
    await pastDeadline(db, 'topics', s.closed[who])
  }
  for (const who of ['admin', 'secretary', 'otherSecretary']) {
    s.comments[who] = dataOf(
      await callAs(P.resident).community.commentTopic({ topicId: s.topic, requestId: rid('c'), text: `意见 ${who}` }),
    ).comment.id
  }
  const campaign = await newCampaign()
  s.campaign = campaign.id
  // A 述职评议 of the first branch naming the resident (琼林苑3栋) as a 居民代表.
  const report = dataOf(
    await callAs(P.secretary).community.createEvaluation({
      requestId: rid('r'),
      kind: 'report',
      orgId: 'org-b1',
      title: '书记述职评议',
      closesAt: hoursAhead(48),
      residentIds: [P.resident.id],
      partnerUnitIds: [],
    }),
  ).evaluation
  s.report = report.id
  s.reportSubjects = report.subjects.map((x) => x.personId)
  s.subjects = campaign.subjects.map((x) => x.personId)
  for (const who of ['admin', 'secretary']) s.toClose[who] = (await newCampaign()).id
  s.closedCampaign = (await newCampaign()).id
  dataOf(await callAs(P.secretary).community.closeEvaluation({ campaignId: s.closedCampaign }))
  s.unit = dataOf(
    await callAs(P.admin).community.savePartnerUnit({
      requestId: rid('u'),
      name: '解放军理工大学',
      type: '部队',
      contactName: '赵干事',
      contactPhone: '13912345678',
      resources: ['国防教育'],
      needs: [],
    }),
  ).unit.id
  s.post = dataOf(
    await callAs(P.admin).community.saveServicePost({ requestId: rid('p'), title: '楼道巡查', place: '琼林苑', slots: 5 }),
  ).post.id
  for (const who of [P.admin, P.member]) dataOf(await callAs(who).community.dualReport({ workUnit: '市第一医院' }))
  dataOf(await callAs(P.member).community.claimPost({ postId: s.post }))
})

const TABLE: Record<keyof typeof governActions, Row> = {
  topics: { request: () => ({}), expect: signedUp() },
  topic: { request: () => ({ topicId: s.topic }), expect: seen },
  createTopic: {
    request: () => ({ ...topicFields(), audience: { kind: 'building', building: '琼林苑3栋' } }),
    expect: managers('TOPIC.AUDIENCE_NOT_ALLOWED'),
  },
  proposeTopic: { request: () => topicFields(), expect: signedUp() },
  supportTopic: { request: () => ({ topicId: s.proposal }), expect: { ...seen, admin: 'TOPIC.NOT_IN_AUDIENCE' } },
  voteTopic: { request: () => ({ topicId: s.topic, option: 0 }), expect: { ...seen, admin: 'TOPIC.NOT_IN_AUDIENCE' } },
  topicComments: { request: () => ({ topicId: s.topic }), expect: seen },
  commentTopic: { request: () => ({ topicId: s.topic, requestId: rid('c'), text: '同意，早点装' }), expect: seen },
  hideComment: { request: (who) => ({ commentId: s.comments[who] ?? 'none', reason: '含有个人信息' }), expect: managers() },
  decideTopic: { request: (who) => ({ topicId: s.closed[who] ?? s.topic, decision: '同意加装充电桩' }), expect: managers() },
  recordTopicMeeting: {
    request: () => ({
      topicId: s.topic,
      heldOn: '2026-12-01',
      place: '邻里客厅',
      attendees: [{ name: '吴经理', side: '物业' }],
      minutes: '三方商定充电桩位置。',
    }),
    expect: managers(),
  },
  createEvaluation: {
    request: () => ({ requestId: rid('e'), kind: 'members', orgId: GROUP, title: '民主评议党员', closesAt: hoursAhead(24) }),
    expect: managers(F),
  },
  evaluationRaterChoices: { request: () => ({ orgId: 'org-b1' }), expect: managers(F) },
  evaluations: { request: () => ({}), expect: signedUp() },
  evaluation: { request: () => ({ campaignId: s.campaign }), expect: signedUp({ otherSecretary: NF, resident: NF }) },
  selfAssess: {
    request: () => ({ campaignId: s.campaign, text: '一年来按时参加组织生活。' }),
    expect: members({ otherSecretary: NF, admin: 'EVAL.NOT_SUBJECT' }),
  },
  // The 述职评议 names the resident: they rate beside the branch's members; the other branch may not.
  castEvaluation: {
    request: () => ({ campaignId: s.report, grades: s.reportSubjects.map((personId) => ({ personId, grade: 'qualified' })) }),
    expect: signedUp({ otherSecretary: 'EVAL.NOT_ELIGIBLE' }),
  },
  closeEvaluation: { request: (who) => ({ campaignId: s.toClose[who] ?? s.campaign }), expect: managers() },
  evaluationResults: { request: () => ({ campaignId: s.closedCampaign }), expect: managers() },
  partnerUnits: { request: () => ({}), expect: signedUp() },
  savePartnerUnit: {
    request: () => ({ requestId: rid('u'), name: '滨湖师范二小', type: '学校', contactName: '钱老师', contactPhone: '13912340002' }),
    expect: only({ admin: 'ok' }),
  },
  setPartnerRepresentative: { request: () => ({ unitId: s.unit, phone: null }), expect: only({ admin: 'ok' }) },
  savePartnerProject: {
    request: () => ({ requestId: rid('p'), title: '国防教育进社区', unitIds: [s.unit], resource: '国防教育', need: '青少年活动' }),
    expect: only({ admin: 'ok' }),
  },
  jointMeetings: { request: () => ({}), expect: managers('ok') },
  recordJointMeeting: {
    request: () => ({
      quarter: '2026Q4',
      heldOn: '2026-11-28',
      attendees: [{ name: '赵干事', unit: '解放军理工大学' }],
      minutes: '梳理资源、项目、服务清单。',
    }),
    expect: only({ admin: 'ok' }),
  },
  servicePosts: { request: () => ({}), expect: members() },
  saveServicePost: {
    request: () => ({ requestId: rid('p'), title: '四点半课堂', place: '邻里客厅', slots: 3 }),
    expect: only({ admin: 'ok' }),
  },
  dualReport: {
    request: () => ({ workUnit: '市第一医院' }),
    expect: members({ secretary: 'POST.NOT_EMPLOYED', otherSecretary: 'POST.NOT_EMPLOYED', elder: 'POST.NOT_EMPLOYED' }),
  },
  claimPost: {
    request: () => ({ postId: s.post }),
    expect: members({ secretary: 'POST.NOT_REPORTED', otherSecretary: 'POST.NOT_REPORTED', elder: 'POST.NOT_REPORTED' }),
  },
  logPostHours: { request: () => ({ memberId: P.member.id, requestId: rid('h'), minutes: 60 }), expect: managers() },
}

describeRoleTable('议事协商 · 民主评议 · 共驻共建: every action × every role', 'community', governActions, TABLE)
