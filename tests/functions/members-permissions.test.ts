import { membersActions } from '../../core/contract/members'
import { callAs, dataOf, P, TABLE_ROLES, unboundMembersOf, type TableCaller } from '../support'
import { describeRoleTable } from './role-table'
import { useCommunityEnv } from './helpers'

jest.setTimeout(180000)

/**
 * Every action × every role. 'ok' means the call succeeds; anything else is the expected error code.
 * Targets sit in 第一党支部 (org-b1), managed by demo-secretary and not by demo-secretary-2.
 * The table is checked against the action map's declared roles, so neither can drift.
 */
type Outcome = 'ok' | string
type Row = { request: (role: TableCaller) => unknown; expect: Record<TableCaller, Outcome> }

const F = 'COMMON.FORBIDDEN'
const NF = 'COMMON.NOT_FOUND'
const all = (outcome: Outcome): Record<TableCaller, Outcome> =>
  Object.fromEntries(TABLE_ROLES.map((r) => [r, outcome])) as Record<TableCaller, Outcome>
const only = (allowed: Partial<Record<TableCaller, Outcome>>): Record<TableCaller, Outcome> => ({ ...all(F), ...allowed })
const managers = (otherSecretary: Outcome = 'ok') => only({ otherSecretary, secretary: 'ok', admin: 'ok' })

const bindTarget = unboundMembersOf('org-b1')[0]
let templateFileId = ''

const TABLE: Record<keyof typeof membersActions, Row> = {
  me: { request: () => ({}), expect: all('ok') },
  register: {
    request: () => ({ name: '新居民', phone: '13700000001', building: '琼林苑1栋', unit: '1单元' }),
    expect: only({ visitor: 'ok', resident: 'ok' }),
  },
  requestBinding: { request: () => ({ name: bindTarget.name, phone: bindTarget.phone }), expect: only({ visitor: 'ok', resident: 'ok' }) },
  bindingRequests: { request: () => ({}), expect: managers() },
  reviewBinding: {
    request: (role) => ({ requestId: role === 'admin' ? 'bind:pending-b' : 'bind:pending-a', decision: 'reject', reason: '信息不符' }),
    expect: managers(NF),
  },
  list: { request: () => ({ orgId: 'org-b1' }), expect: managers(F) },
  get: {
    request: () => ({ memberId: 'm-elder' }),
    expect: only({ member: NF, elder: 'ok', otherSecretary: NF, secretary: 'ok', admin: 'ok' }),
  },
  upsert: {
    request: () => ({
      fields: {
        name: '新党员',
        gender: 'female',
        birthYear: 1950,
        phone: '13800000001',
        category: 'retired',
        elder: false,
        orgId: 'org-b1-g1',
        joinedPartyYear: 1975,
      },
    }),
    expect: managers(F),
  },
  archive: { request: () => ({ memberId: 'm-elder', archived: false }), expect: managers(NF) },
  updateMyContact: { request: () => ({ unit: '1单元' }), expect: { ...all('ok'), visitor: F } },
  setRankingOptOut: { request: () => ({ optOut: false }), expect: { ...all('ok'), visitor: F } },
  orgTree: { request: () => ({}), expect: managers() },
  upsertOrg: {
    request: () => ({
      orgId: 'org-b1-g1',
      name: '琼林苑1-2栋党小组',
      level: 'group',
      parentId: 'org-b1',
      buildings: ['琼林苑1栋', '琼林苑2栋'],
    }),
    expect: only({ admin: 'ok' }),
  },
  buildings: { request: () => ({}), expect: all('ok') },
  upsertBuilding: { request: () => ({ name: '琼林苑1号楼', units: ['1单元', '2单元', '3单元'] }), expect: only({ admin: 'ok' }) },
  migrateBuildings: { request: () => ({}), expect: only({ admin: 'ok' }) },
  orgHistory: { request: () => ({ orgId: 'org-b1' }), expect: only({ admin: 'ok' }) },
  setRole: { request: () => ({ memberId: 'm-secretary', orgId: 'org-b1', grant: true }), expect: only({ admin: 'ok' }) },
  rosterTemplate: { request: () => ({}), expect: only({ admin: 'ok' }) },
  importRoster: { request: () => ({ fileId: templateFileId, commit: false }), expect: only({ admin: 'ok' }) },
  exportRoster: { request: () => ({ orgId: 'org-b1' }), expect: managers(F) },
  startRelationCheck: { request: () => ({ title: '2026年组织关系排查' }), expect: only({ admin: 'ok' }) },
  // demo-member is m-elder's paired helper (seed), so they may confirm for her.
  confirmRelation: {
    request: () => ({ forMemberId: 'm-elder' }),
    expect: only({ member: 'ok', elder: 'ok', otherSecretary: NF, secretary: 'ok', admin: 'ok' }),
  },
  relationCheckStatus: { request: () => ({ orgId: 'org-b1' }), expect: managers(F) },
  markLostContact: { request: () => ({ memberId: 'm-elder', lost: false }), expect: managers(NF) },
  setPairing: { request: () => ({ helperMemberId: 'm-member', elderMemberIds: ['m-elder'] }), expect: managers(NF) },
  removePairing: { request: () => ({ elderMemberId: 'm-elder' }), expect: managers(NF) },
  myElders: { request: () => ({}), expect: only({ member: 'ok', elder: 'ok', otherSecretary: 'ok', secretary: 'ok', admin: 'ok' }) },
  auditLog: { request: () => ({}), expect: managers() },
  // Everyone may try; with no setup code configured here, everyone is told so.
  setupFirstAdmin: { request: () => ({ code: 'x'.repeat(16), committeeName: '测试社区党委' }), expect: all('SETUP.NOT_ENABLED') },
}

beforeAll(async () => {
  await useCommunityEnv('members_perm')
  for (const openid of ['pending-a', 'pending-b']) {
    dataOf(await callAs(openid).members.requestBinding({ name: bindTarget.name, phone: bindTarget.phone }))
  }
  dataOf(await callAs(P.admin).members.startRelationCheck({ title: '排查' }))
  templateFileId = dataOf(await callAs(P.admin).members.rosterTemplate()).fileId
})

describeRoleTable('members: every action × every role', 'members', membersActions, TABLE)
