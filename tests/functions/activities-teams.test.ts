/**
 * Volunteer teams organise their own activities, and partner units co-organise them:
 * - a team leader (a plain member) creates, edits, cancels and runs exactly their team's activities
 *   (for everyone in the community); another team's, a branch's, or a team they do not lead answer
 *   NOT_FOUND / ACTIVITY.TEAM_LEADER_ONLY and write nothing; a plain member cannot create; a retried
 *   create is one activity; a stopped team's leader loses the scope at once;
 * - the team's hours (care.teamStats) count only what the team's own activities credited;
 * - co-organisers must be registered partner units (an unknown one is refused, nothing written) and
 *   show on the activity and on the unit (共驻共建).
 */
import { activitiesActions } from '../../core/contract/activities'
import type { Role } from '../../core/roles'
import { callAs, codeOf, dataOf, P, TABLE_CALLERS } from '../support'
import { fields, makeActivity, setTimes } from './activities-fixtures'
import { LEADER } from './care-fixtures'
import { countOf, docOf, useCommunityDb } from './helpers'

jest.setTimeout(180_000)
const db = useCommunityDb('activities-teams')
const MIN = 60_000

/** Team A is led by the demo member (张晓东), team B by 林学军; the demo resident is in team A. */
const TEAM_A = {
  teamId: 'teams-a',
  name: '琼林苑志愿服务队',
  kind: 'volunteer' as const,
  leaderId: P.member.id,
  memberIds: [P.resident.id],
}
const TEAM_B = { teamId: 'teams-b', name: '文明安全巡查队', kind: 'patrol' as const, leaderId: LEADER.id, memberIds: [] }
const A = `team-${TEAM_A.teamId}`
const B = `team-${TEAM_B.teamId}`
let unitId = ''

beforeAll(async () => {
  dataOf(await callAs(P.admin).care.upsertTeam(TEAM_A))
  dataOf(await callAs(P.admin).care.upsertTeam(TEAM_B))
  const unit = await callAs(P.admin).community.savePartnerUnit({
    requestId: 'teams-ligong-0001',
    name: '解放军理工大学',
    type: '部队',
    contactName: '赵干事',
    contactPhone: '13912345678',
    partyOrg: '理工大学机关党委',
    resources: ['国防教育讲座'],
    needs: [],
  })
  unitId = dataOf(unit).unit.id
})

const teamFields = (teamId: string, title = '本队活动：楼道清洁') => fields({ title, teamId, audience: { kind: 'all' } })

test('a team leader creates their team’s activity (for everyone, 主办 shown); a retried create is one activity', async () => {
  const draftId = 'teams-draft-0001'
  const first = dataOf(await callAs(P.member).activities.create({ draftId, fields: teamFields(A) })).activity
  expect(first.team).toEqual({ id: A, name: TEAM_A.name })
  expect(first.audience.kind).toBe('all')
  const again = dataOf(await callAs(P.member).activities.create({ draftId, fields: teamFields(A) })).activity
  expect(again.id).toBe(first.id)
  expect(await countOf(db, 'activities', { teamId: A, title: '本队活动：楼道清洁' })).toBe(1)
  expect(await countOf(db, 'auditLogs', { action: 'activities.create', target: first.id, actorOpenid: P.member.openid })).toBe(1)
  // The leader manages it; the resident sees it as anyone would (no management).
  expect(dataOf(await callAs(P.member).activities.get({ activityId: first.id })).activity.canManage).toBe(true)
  expect(dataOf(await callAs(P.resident).activities.get({ activityId: first.id })).activity.canManage).toBe(false)
  // Their team's list: exactly the team's activities.
  const list = dataOf(await callAs(P.member).activities.manageList({ teamId: A })).items
  expect(list.map((i) => i.id)).toEqual([first.id])
})

test('a plain member cannot create; a leader only for their own team and for everyone; nothing is written', async () => {
  const before = await countOf(db, 'activities', {})
  expect(codeOf(await callAs(P.elder).activities.create({ fields: fields({ title: '不该写入' }) }))).toBe('ACTIVITY.TEAM_LEADER_ONLY')
  expect(codeOf(await callAs(P.elder).activities.create({ fields: teamFields(A, '不该写入') }))).toBe('ACTIVITY.TEAM_LEADER_ONLY')
  expect(codeOf(await callAs(P.resident).activities.create({ fields: teamFields(A, '不该写入') }))).toBe('COMMON.FORBIDDEN')
  // The leader of A, for team B, without a team, or for one branch only.
  expect(codeOf(await callAs(P.member).activities.create({ fields: teamFields(B, '不该写入') }))).toBe('ACTIVITY.TEAM_LEADER_ONLY')
  expect(codeOf(await callAs(P.member).activities.create({ fields: fields({ title: '不该写入' }) }))).toBe('ACTIVITY.TEAM_LEADER_ONLY')
  expect(
    codeOf(
      await callAs(P.member).activities.create({
        fields: fields({ title: '不该写入', teamId: A, audience: { kind: 'org', orgId: 'org-b1' } }),
      }),
    ),
  ).toBe('ACTIVITY.TEAM_AUDIENCE')
  expect(codeOf(await callAs(P.member).activities.create({ fields: teamFields('team-nope', '不该写入') }))).toBe('ACTIVITY.UNKNOWN_TEAM')
  expect(codeOf(await callAs(P.member).activities.create({ fields: { ...teamFields(A, '不该写入'), kind: 'branchMeeting' } }))).toBe(
    'ACTIVITY.TEAM_KIND',
  )
  expect(await countOf(db, 'activities', {})).toBe(before)
  expect(await countOf(db, 'activities', { title: '不该写入' })).toBe(0)
})

test('the leader of team A cannot touch team B’s or a branch’s activity', async () => {
  const ofB = dataOf(await callAs(LEADER).activities.create({ fields: teamFields(B, '巡查：消防通道') })).activity
  const branch = await makeActivity({ title: '第一党支部志愿服务', audience: { kind: 'org', orgId: 'org-b1' } }, P.secretary)
  for (const activity of [ofB, branch]) {
    const activityId = activity.id
    expect(
      codeOf(await callAs(P.member).activities.update({ activityId, version: activity.version, fields: teamFields(A, '被改了') })),
    ).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.member).activities.cancelActivity({ activityId, reason: '不该取消' }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.member).activities.attendance({ activityId }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.member).activities.checkInCode({ activityId }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.member).activities.confirmAttendance({ activityId, attendedIds: [] }))).toBe('COMMON.NOT_FOUND')
    expect(dataOf(await callAs(P.member).activities.get({ activityId })).activity.canManage).toBe(false)
  }
  expect((await docOf<{ title: string; status: string }>(db, 'activities', ofB.id))!).toMatchObject({
    title: '巡查：消防通道',
    status: 'published',
  })
  expect(codeOf(await callAs(P.member).activities.manageList({ teamId: B }))).toBe('COMMON.NOT_FOUND')
  expect(codeOf(await callAs(P.member).activities.manageList({}))).toBe('COMMON.FORBIDDEN')
  // Their own activity cannot be moved to another team.
  const own = dataOf(await callAs(P.member).activities.create({ fields: teamFields(A, '本队：换队测试') })).activity
  expect(
    codeOf(await callAs(P.member).activities.update({ activityId: own.id, version: own.version, fields: teamFields(B, '本队：换队测试') })),
  ).toBe('ACTIVITY.TEAM_LEADER_ONLY')
  // The committee sees every team's activities; the secretary of 第一党支部 only theirs (none of B's).
  expect(dataOf(await callAs(P.admin).activities.manageList({ teamId: B })).items.map((i) => i.id)).toEqual([ofB.id])
  expect(dataOf(await callAs(P.secretary).activities.manageList({ teamId: B })).items).toEqual([])
})

test('the leader runs their activity: code, check-in, attendance after the end; the team’s hours count only team activities', async () => {
  const teamActivity = dataOf(
    await callAs(P.member).activities.create({ fields: { ...teamFields(A, '本队：社区义诊'), points: 12, serviceMinutes: 60 } }),
  ).activity
  // The same resident also attends an activity that is not the team's: it must not count for the team.
  const other = await makeActivity({ title: '社区党委活动：送温暖', points: 30, serviceMinutes: 90 })
  for (const activity of [teamActivity, other]) dataOf(await callAs(P.resident).activities.signUp({ activityId: activity.id }))
  const before = dataOf(await callAs(P.member).care.teamStats({ teamId: A }))

  await setTimes(db, teamActivity.id, { startAt: new Date(Date.now() - 10 * MIN), endAt: new Date(Date.now() + 50 * MIN) })
  const shown = dataOf(await callAs(P.member).activities.checkInCode({ activityId: teamActivity.id }))
  dataOf(await callAs(P.resident).activities.checkIn({ activityId: teamActivity.id, code: shown.code }))
  // Before the end attendance cannot be confirmed.
  expect(codeOf(await callAs(P.member).activities.confirmAttendance({ activityId: teamActivity.id, attendedIds: [P.resident.id] }))).toBe(
    'ACTIVITY.NOT_ENDED',
  )
  for (const activity of [teamActivity, other])
    await setTimes(db, activity.id, { startAt: new Date(Date.now() - 70 * MIN), endAt: new Date(Date.now() - 10 * MIN) })
  const sheet = dataOf(await callAs(P.member).activities.attendance({ activityId: teamActivity.id }))
  expect(sheet.rows.map((r) => r.personId)).toEqual([P.resident.id])
  expect(sheet.rows[0].phoneMasked ?? '').not.toMatch(/^\d{11}$/)
  const confirmed = dataOf(
    await callAs(P.member).activities.confirmAttendance({ activityId: teamActivity.id, attendedIds: [P.resident.id] }),
  )
  expect(confirmed.credited).toBe(1)
  // A second tap credits nobody again.
  expect(
    dataOf(await callAs(P.member).activities.confirmAttendance({ activityId: teamActivity.id, attendedIds: [P.resident.id] })).credited,
  ).toBe(0)
  // Each confirmation is recorded, as the leader's (as every organiser's is).
  expect(
    await countOf(db, 'auditLogs', { action: 'activities.confirmAttendance', target: teamActivity.id, actorOpenid: P.member.openid }),
  ).toBe(2)
  dataOf(await callAs(P.admin).activities.confirmAttendance({ activityId: other.id, attendedIds: [P.resident.id] }))

  const credit = (await docOf<{ creditedMinutes: number; creditedPoints: number }>(
    db,
    'activitySignUps',
    `${teamActivity.id}:${P.resident.id}`,
  ))!
  expect(credit.creditedPoints).toBe(12)
  const stats = dataOf(await callAs(P.member).care.teamStats({ teamId: A }))
  expect(stats.minutes - before.minutes).toBe(credit.creditedMinutes)
  expect(stats.earned - before.earned).toBe(12)
  expect(stats.attendances - before.attendances).toBe(1)
  const resident = stats.people.find((p) => p.personId === P.resident.id)!
  expect(resident).toMatchObject({ inTeam: true, earned: before.people.find((p) => p.personId === P.resident.id)!.earned + 12 })
  // Their whole account holds both activities' points; the team's figure only the team's.
  expect(resident.totalEarned).toBeGreaterThanOrEqual(resident.earned + 30)
  expect(stats.minutes).toBe(stats.people.reduce((sum, p) => sum + p.minutes, 0))
  // Team B's leader sees nothing of A; the committee does.
  expect(codeOf(await callAs(LEADER).care.teamStats({ teamId: A }))).toBe('COMMON.NOT_FOUND')
  expect(dataOf(await callAs(P.admin).care.teamStats({ teamId: A })).earned).toBe(stats.earned)
})

test('a stopped team’s leader manages nothing any more', async () => {
  const activity = dataOf(await callAs(LEADER).activities.create({ fields: teamFields(B, '巡查：停队前') })).activity
  dataOf(await callAs(P.admin).care.upsertTeam({ ...TEAM_B, active: false }))
  expect(codeOf(await callAs(LEADER).activities.cancelActivity({ activityId: activity.id, reason: '停队' }))).toBe('COMMON.NOT_FOUND')
  expect(codeOf(await callAs(LEADER).activities.create({ fields: teamFields(B, '巡查：停队后') }))).toBe('ACTIVITY.UNKNOWN_TEAM')
  dataOf(await callAs(P.admin).care.upsertTeam({ ...TEAM_B, active: true }))
  expect(dataOf(await callAs(LEADER).activities.cancelActivity({ activityId: activity.id, reason: '下雨改期' })).activity.status).toBe(
    'cancelled',
  )
})

test('co-organisers: an unknown unit is refused with nothing written; named units show on the activity and the unit', async () => {
  const before = await countOf(db, 'activities', {})
  const unknown = await callAs(P.admin).activities.create({ fields: fields({ title: '协办测试', coOrganizerIds: [unitId, 'unit-nope'] }) })
  expect(codeOf(unknown)).toBe('ACTIVITY.UNKNOWN_CO_ORGANIZER')
  expect(unknown.ok ? '' : unknown.error.message).toBe('协办单位中有找不到的共建单位，请重新选择')
  const tooMany = await callAs(P.admin).activities.create({
    fields: fields({ title: '协办测试', coOrganizerIds: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'] }),
  })
  expect(codeOf(tooMany)).toBe('COMMON.VALIDATION')
  expect(await countOf(db, 'activities', {})).toBe(before)

  const activity = await makeActivity({ title: '国防教育进社区', coOrganizerIds: [unitId, unitId] })
  expect(activity.coOrganizers).toEqual([{ id: unitId, name: '解放军理工大学' }])
  expect(dataOf(await callAs(P.resident).activities.get({ activityId: activity.id })).activity.coOrganizers).toEqual([
    { id: unitId, name: '解放军理工大学' },
  ])
  // An edit that names an unknown unit changes nothing.
  const refused = await callAs(P.admin).activities.update({
    activityId: activity.id,
    version: activity.version,
    fields: fields({ title: '国防教育进社区（改）', coOrganizerIds: ['unit-nope'] }),
  })
  expect(codeOf(refused)).toBe('ACTIVITY.UNKNOWN_CO_ORGANIZER')
  expect((await docOf<{ title: string; version: number }>(db, 'activities', activity.id))!).toMatchObject({
    title: '国防教育进社区',
    version: 0,
  })

  // A branch-only activity the unit co-organised is listed for managers, not for residents.
  const branchOnly = await makeActivity({
    title: '主题党日：国防教育',
    audience: { kind: 'org', orgId: 'org-b1' },
    coOrganizerIds: [unitId],
  })
  const unitFor = async (who: typeof P.admin) =>
    dataOf(await callAs(who).community.partnerUnits({}))
      .items.find((u) => u.id === unitId)!
      .coOrganized.map((a) => a.id)
  expect(await unitFor(P.admin)).toEqual(expect.arrayContaining([activity.id, branchOnly.id]))
  expect(await unitFor(P.resident)).toContain(activity.id)
  expect(await unitFor(P.resident)).not.toContain(branchOnly.id)
  expect(await countOf(db, 'auditLogs', { action: 'activities.create', target: activity.id })).toBe(1)
})

/**
 * The role matrix of the actions a team leader may now call (their roles widened to members), on
 * team A's activity — one activity per caller, so each write meets a fresh version. The demo member
 * leads team A; 林学军 leads team B; the elder is a plain member. The table agrees with the roles
 * each action declares (COMMON.FORBIDDEN exactly where the router refuses).
 */
describe('the team leader’s actions × every caller', () => {
  const CALLERS = { ...TABLE_CALLERS, leaderB: { ...LEADER, role: 'member' as Role } }
  type Caller = keyof typeof CALLERS
  const WHO = Object.keys(CALLERS) as Caller[]
  const F = 'COMMON.FORBIDDEN'
  const NF = 'COMMON.NOT_FOUND'
  /** Team A's leader and the committee manage it; anyone else signed in as a member learns nothing. */
  const leaderAndCommittee = (ok: string, others = NF): Record<Caller, string> => ({
    visitor: F,
    resident: F,
    elder: others,
    leaderB: others,
    secretary: others,
    otherSecretary: others,
    member: ok,
    admin: ok,
  })
  const ACTIONS = ['create', 'update', 'cancelActivity', 'manageList', 'checkInCode', 'attendance', 'confirmAttendance'] as const
  const own = new Map<string, { id: string; version: number }>()
  const TABLE: Record<(typeof ACTIONS)[number], { request: (who: Caller) => Record<string, unknown>; expect: Record<Caller, string> }> = {
    create: {
      request: () => ({ fields: teamFields(A, '矩阵：新建') }),
      expect: {
        ...leaderAndCommittee('ok'),
        elder: 'ACTIVITY.TEAM_LEADER_ONLY',
        leaderB: 'ACTIVITY.TEAM_LEADER_ONLY',
        // A secretary may name the team but cannot address everyone.
        secretary: 'ACTIVITY.AUDIENCE_NOT_ALLOWED',
        otherSecretary: 'ACTIVITY.AUDIENCE_NOT_ALLOWED',
      },
    },
    update: {
      request: (who) => ({ activityId: own.get(`update:${who}`)!.id, version: 0, fields: teamFields(A, '矩阵：已修改') }),
      expect: leaderAndCommittee('ok'),
    },
    cancelActivity: {
      request: (who) => ({ activityId: own.get(`cancelActivity:${who}`)!.id, reason: '矩阵：取消' }),
      expect: leaderAndCommittee('ok'),
    },
    manageList: {
      request: () => ({ teamId: A }),
      expect: { ...leaderAndCommittee('ok'), secretary: 'ok', otherSecretary: 'ok' },
    },
    checkInCode: {
      request: (who) => ({ activityId: own.get(`checkInCode:${who}`)!.id }),
      expect: leaderAndCommittee('ACTIVITY.OUTSIDE_CHECKIN_WINDOW'),
    },
    attendance: { request: (who) => ({ activityId: own.get(`attendance:${who}`)!.id }), expect: leaderAndCommittee('ok') },
    confirmAttendance: {
      request: (who) => ({ activityId: own.get(`confirmAttendance:${who}`)!.id, attendedIds: [] }),
      expect: leaderAndCommittee('ACTIVITY.NOT_ENDED'),
    },
  }

  beforeAll(async () => {
    for (const action of ACTIONS.filter((a) => a !== 'create' && a !== 'manageList'))
      for (const who of WHO) {
        const activity = dataOf(await callAs(P.member).activities.create({ fields: teamFields(A, `矩阵：${action}`) })).activity
        own.set(`${action}:${who}`, activity)
      }
  })

  it.each(ACTIONS)('activities.%s answers each caller as the table says, and agrees with the declared roles', async (action) => {
    const row = TABLE[action]
    const got: Record<string, string> = {}
    for (const who of WHO) {
      if (!activitiesActions[action].roles.includes(CALLERS[who].role)) expect(row.expect[who]).toBe(F)
      got[who] = codeOf(await callAs(CALLERS[who]).raw('activities', action, row.request(who)))
    }
    expect(got).toEqual(row.expect)
  })
})
