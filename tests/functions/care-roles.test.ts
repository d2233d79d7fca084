/**
 * The care function's role matrix: every action × every caller — the demo people, a visitor and the
 * three small scopes (网格员 of 琼林苑1–2栋, 党小组长 of the demo elder's group, 党建联络员 of 第一党支部).
 * 'ok' means the call succeeds; anything else is the expected code. Rows are checked against the action
 * map's declared roles, so neither can drift. Then the walk: with 困难 and 独居 set on the demo elder and
 * a resident, no reply to anyone but the committee carries a flag field, here or in the other
 * functions' person-shaped replies.
 */
import { careActions } from '../../core/contract/care'
import type { Role } from '../../core/roles'
import { callAs, codeOf, dataOf, P, TABLE_CALLERS, type Reply } from '../support'
import { GRID, grantDemoScopes, LEADER, LIAISON, today, visitAs } from './care-fixtures'
import { useCommunityDb } from './helpers'
import { publishAs } from './notices-fixtures'

jest.setTimeout(180_000)
useCommunityDb('care-roles')

const CALLERS = {
  ...TABLE_CALLERS,
  grid: { ...GRID, role: 'member' as Role },
  leader: { ...LEADER, role: 'member' as Role },
  liaison: { ...LIAISON, role: 'member' as Role },
}
type Who = keyof typeof CALLERS
const WHO = Object.keys(CALLERS) as Who[]
type Outcome = 'ok' | string
type Row = { request: (who: Who) => Record<string, unknown>; expect: Record<Who, Outcome> }

const F = 'COMMON.FORBIDDEN'
const NF = 'COMMON.NOT_FOUND'
const MINE = 'CARE.NOT_YOURS'
const all = (outcome: Outcome) => Object.fromEntries(WHO.map((w) => [w, outcome])) as Record<Who, Outcome>
const only = (allowed: Partial<Record<Who, Outcome>>) => ({ ...all(F), ...allowed })
const members = (outcome: Outcome = 'ok', overrides: Partial<Record<Who, Outcome>> = {}) => ({
  ...all(outcome),
  visitor: F,
  resident: F,
  ...overrides,
})
/** Reaching the demo elder: their helper, their branch, the committee and their group leader. */
const reachElder = members(MINE, { member: 'ok', secretary: 'ok', admin: 'ok', leader: 'ok' })
/** The lists: everyone with a scope (a member or elder without one is refused). */
const lists = members('ok', { member: F, elder: F })
const ADMIN_ONLY = only({ admin: 'ok' })

/** One open need of the demo elder per caller who may close it (handling and converting change it). */
const needFor = new Map<string, string>()
let noticeId = ''
const TEAM = {
  teamId: 'roles-team-1',
  name: '刘阿姨志愿服务队',
  kind: 'volunteer' as const,
  leaderId: LEADER.id,
  memberIds: [P.member.id, P.resident.id],
}

beforeAll(async () => {
  await grantDemoScopes()
  const who = (verb: string, list: string[]) => list.map((w) => `${verb}:${w}`)
  const texts = [
    ...who('handle', ['secretary', 'admin', 'leader', 'spare']),
    ...who('convert', ['member', 'secretary', 'admin', 'leader', 'spare']),
  ]
  const needs = []
  for (const part of [texts.slice(0, 4), texts.slice(4)])
    needs.push(...dataOf(await visitAs(P.member, { needs: part.map((text) => ({ text: `需要帮助 ${text}`, tags: [] })) })).needs)
  for (const need of needs) needFor.set(need.text.replace('需要帮助 ', ''), need.id)
  noticeId = dataOf(await publishAs(P.admin, { audience: { kind: 'all' }, title: '关于楼道杂物清理的通知' })).notice.id
  dataOf(await callAs(P.admin).care.setFlags({ personId: P.elder.id, hardship: true, livesAlone: true, note: '独居，子女在外地' }))
  dataOf(await callAs(P.admin).care.setFlags({ personId: P.resident.id, hardship: true, livesAlone: false }))
  dataOf(await callAs(P.admin).care.upsertTeam(TEAM))
})

const need = (verb: string, who: Who) => needFor.get(`${verb}:${who}`) ?? needFor.get(`${verb}:spare`)!

const TABLE: Record<keyof typeof careActions, Row> = {
  myScope: { request: () => ({}), expect: members() },
  myElders: { request: () => ({}), expect: members() },
  noticesForElder: { request: () => ({ elderId: P.elder.id }), expect: reachElder },
  recordVisit: {
    request: () => ({ requestId: `roles-${Math.random().toString(36).slice(2, 10)}`, elderId: P.elder.id, kind: 'phone', date: today() }),
    expect: reachElder,
  },
  myVisits: { request: () => ({}), expect: members() },
  needs: { request: () => ({}), expect: lists },
  handleNeed: {
    request: (who) => ({ needId: need('handle', who), note: '已电话联系并安排' }),
    expect: members(NF, { secretary: 'ok', admin: 'ok', leader: 'ok', liaison: F }),
  },
  convertNeed: {
    request: (who) => ({ needId: need('convert', who), to: 'wish' }),
    expect: members(NF, { member: 'ok', secretary: 'ok', admin: 'ok', leader: 'ok', liaison: F }),
  },
  careRecords: { request: () => ({}), expect: lists },
  unvisited: { request: () => ({ days: 30 }), expect: lists },
  birthdays: { request: () => ({}), expect: lists },
  setBirthday: {
    request: () => ({ personId: P.elder.id, birthday: '03-15' }),
    expect: members(NF, { member: F, elder: F, secretary: 'ok', admin: 'ok', leader: 'ok', liaison: F }),
  },
  setFlags: { request: () => ({ personId: P.elder.id, hardship: true, livesAlone: true, note: '独居，子女在外地' }), expect: ADMIN_ONLY },
  flagged: { request: () => ({}), expect: ADMIN_ONLY },
  grants: { request: () => ({}), expect: ADMIN_ONLY },
  setGrant: { request: () => ({ memberId: 'm-0010', kind: 'buildingHead', buildings: ['琼林苑6栋'], active: true }), expect: ADMIN_ONLY },
  residentsOf: {
    request: () => ({ building: '琼林苑3栋' }),
    expect: members(NF, { member: F, elder: F, secretary: 'ok', admin: 'ok', leader: 'ok', liaison: F }),
  },
  helperCandidates: {
    request: () => ({ query: '张' }),
    expect: members('ok', { member: F, elder: F, liaison: F }),
  },
  setResidentHelper: {
    request: () => ({ residentId: P.resident.id, helperMemberId: P.member.id }),
    expect: members(NF, { member: F, elder: F, secretary: 'ok', admin: 'ok', leader: 'ok', liaison: F }),
  },
  teams: { request: () => ({}), expect: members() },
  upsertTeam: { request: () => TEAM, expect: ADMIN_ONLY },
  teamStats: {
    request: () => ({ teamId: `team-${TEAM.teamId}` }),
    expect: members(NF, { member: F, leader: 'ok', admin: 'ok' }),
  },
  buildingUnread: { request: () => ({ noticeId }), expect: only({ grid: 'ok' }) },
}

const replies: Array<{ who: Who; action: string; reply: Reply<unknown> }> = []

describe.each(Object.keys(TABLE) as Array<keyof typeof careActions>)('care.%s', (action) => {
  const row = TABLE[action]
  it('answers each caller as the table says, and the table agrees with the declared roles', async () => {
    const declared = careActions[action].roles
    const got: Record<string, string> = {}
    for (const who of WHO) {
      if (!declared.includes(CALLERS[who].role)) expect(row.expect[who]).toBe(F)
      const reply = await callAs(CALLERS[who]).raw('care', action, row.request(who))
      replies.push({ who, action, reply })
      got[who] = codeOf(reply)
    }
    expect(got).toEqual(row.expect)
  })
})

/** Every key anywhere in a reply. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into))
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      into.add(key)
      keysOf(inner, into)
    }
  return into
}

const FLAG_KEYS = ['hardship', 'livesAlone', 'flagNote']

test('困难 and 独居 never reach anyone but the committee: every care reply above, and person-shaped replies elsewhere', async () => {
  expect(replies.length).toBe(Object.keys(TABLE).length * WHO.length)
  const leaks = replies.filter(({ who, reply }) => who !== 'admin' && FLAG_KEYS.some((key) => keysOf(reply).has(key)))
  expect(leaks.map(({ who, action }) => `${who}:${action}`)).toEqual([])
  // The committee does see them (so the walk would notice a field of that name).
  const flagged = replies.find(({ who, action }) => who === 'admin' && action === 'flagged')
  expect(keysOf(flagged?.reply).has('hardship')).toBe(true)
  const committeeLog = dataOf(await callAs(P.admin).members.auditLog({ area: 'care' })).items
  expect(committeeLog.map((entry) => entry.action)).toContain('care.setFlags')

  const elsewhere: Array<Reply<unknown>> = [
    await callAs(P.secretary).members.get({ memberId: P.elder.id }),
    await callAs(P.secretary).members.list({ orgId: 'org-b1' }),
    await callAs(P.elder).members.me({}),
    await callAs(P.member).study.pairedStudy({}),
    await callAs(P.secretary).notices.readStats({ noticeId }),
    await callAs(GRID).care.buildingUnread({ noticeId }),
    // The committee's flag entries stay in the committee's part of 操作记录.
    await callAs(P.secretary).members.auditLog({ area: 'care' }),
  ]
  for (const reply of elsewhere) expect(FLAG_KEYS.filter((key) => keysOf(dataOf(reply)).has(key))).toEqual([])
})

test('the helper search answers bound members within the caller’s scope only, phones masked', async () => {
  const leader = dataOf(await callAs(LEADER).care.helperCandidates({ query: '张' })).items
  expect(leader.map((m) => m.id)).toContain(P.member.id)
  const other = dataOf(await callAs(P.otherSecretary).care.helperCandidates({ query: '张' })).items
  expect(other.map((m) => m.id)).not.toContain(P.member.id)
  const grid = dataOf(await callAs(GRID).care.helperCandidates({ query: '' + P.member.name.slice(0, 1) })).items
  expect(grid.every((m) => ['琼林苑1栋', '琼林苑2栋'].includes(m.building))).toBe(true)
  for (const m of [...leader, ...other, ...grid]) expect(m.phoneMasked ?? '').toMatch(/^(\d{3}\*{4}\d{4})?$/)
  expect(codeOf(await callAs(P.secretary).care.helperCandidates({ query: '' }))).toBe('COMMON.VALIDATION')
})

test('a 网格员 sees only their buildings: elders, lists and a notice’s unread people', async () => {
  const elders = dataOf(await callAs(GRID).care.myElders({})).elders
  expect(elders.length).toBeGreaterThan(0)
  expect(elders.every((e) => ['琼林苑1栋', '琼林苑2栋'].includes(e.building))).toBe(true)
  const unvisited = dataOf(await callAs(GRID).care.unvisited({ days: 30 })).items
  expect(unvisited.every((e) => ['琼林苑1栋', '琼林苑2栋'].includes(e.building))).toBe(true)
  const unread = dataOf(await callAs(GRID).care.buildingUnread({ noticeId }))
  expect(unread.buildings.sort()).toEqual(['琼林苑1栋', '琼林苑2栋'])
  expect(unread.unread.length).toBeGreaterThan(0)
  expect(unread.unread.every((p) => ['琼林苑1栋', '琼林苑2栋'].includes(p.building))).toBe(true)
  // A visit through their scope, to an elder of their buildings, shows on their lists and is audited.
  const elder = elders[0]
  const visit = dataOf(await visitAs(GRID, { elderId: elder.id, needs: [{ text: '腿脚不便，想装个扶手', tags: ['housing'] }] }))
  expect(dataOf(await callAs(GRID).care.needs({})).items.map((n) => n.id)).toContain(visit.needs[0].id)
  expect(dataOf(await callAs(P.otherSecretary).care.needs({})).items.map((n) => n.id)).not.toContain(visit.needs[0].id)
})

test('a team leader sees the team’s hours and points; the team is set up once however often it is saved', async () => {
  const stats = dataOf(await callAs(LEADER).care.teamStats({ teamId: `team-${TEAM.teamId}` }))
  expect(stats.team).toMatchObject({ name: TEAM.name, myPart: 'leader', size: 3 })
  expect(stats.people.map((p) => p.personId).sort()).toEqual([LEADER.id, P.member.id, P.resident.id].sort())
  expect(stats.minutes).toBe(stats.people.reduce((sum, p) => sum + p.minutes, 0))
  expect(dataOf(await callAs(P.member).care.teams({})).items.find((t) => t.name === TEAM.name)?.myPart).toBe('member')
  expect(codeOf(await callAs(P.admin).care.upsertTeam({ ...TEAM, teamId: 'roles-team-2', leaderId: 'm-0014' }))).toBe(
    'TEAM.LEADER_NOT_BOUND',
  )
  expect(codeOf(await callAs(P.admin).care.upsertTeam({ ...TEAM, teamId: 'roles-team-2', memberIds: ['nobody'] }))).toBe(
    'TEAM.UNKNOWN_PEOPLE',
  )
  expect(dataOf(await callAs(P.admin).care.teams({})).items.filter((t) => t.name === TEAM.name)).toHaveLength(1)
})

test('grants are the committee’s: a revoked grant stops at once; a grant needs a fitting scope', async () => {
  expect(codeOf(await callAs(P.admin).care.setGrant({ memberId: 'm-0010', kind: 'groupLeader', orgIds: ['org-b1'], active: true }))).toBe(
    'CARE.GRANT_SCOPE',
  )
  expect(
    codeOf(await callAs(P.admin).care.setGrant({ memberId: 'm-0010', kind: 'gridWorker', buildings: ['不存在的楼'], active: true })),
  ).toBe('CARE.GRANT_SCOPE')
  const unbound = 'm-0014'
  expect(
    codeOf(await callAs(P.admin).care.setGrant({ memberId: unbound, kind: 'gridWorker', buildings: ['琼林苑1栋'], active: true })),
  ).toBe('CARE.NOT_BOUND')
  const m10 = { openid: 'wx-m-0010' }
  dataOf(await callAs(P.admin).care.setGrant({ memberId: 'm-0010', kind: 'gridWorker', buildings: ['琼林苑5栋'], active: true }))
  expect(codeOf(await callAs(m10).care.needs({}))).toBe('ok')
  dataOf(await callAs(P.admin).care.setGrant({ memberId: 'm-0010', kind: 'gridWorker', active: false }))
  dataOf(await callAs(P.admin).care.setGrant({ memberId: 'm-0010', kind: 'buildingHead', active: false }))
  expect(codeOf(await callAs(m10).care.needs({}))).toBe(F)
  const listed = dataOf(await callAs(P.admin).care.grants({})).items
  expect(listed.find((g) => g.id === 'gridWorker:m-0010')).toMatchObject({ active: false })
  expect(listed.find((g) => g.id === `gridWorker:${GRID.id}`)).toMatchObject({ active: true, buildings: ['琼林苑1栋', '琼林苑2栋'] })
})
