import { auditActionLabel, auditDetailLines } from '../../core/audit-words'
import { beijingDay } from '../../core/time'
import { callAs, dataOf, P, unboundMembersOf } from '../support'
import { useCommunityDb } from './helpers'

jest.setTimeout(180000)

useCommunityDb('members_audit')
const target = unboundMembersOf('org-b1')[0]

beforeAll(async () => {
  dataOf(await callAs(P.secretary).members.archive({ memberId: target._id, archived: true }))
  dataOf(await callAs(P.secretary).members.archive({ memberId: target._id, archived: false }))
  dataOf(await callAs(P.admin).members.upsertBuilding({ name: '临滨苑8号楼', units: ['1单元'] }))
  dataOf(await callAs(P.admin).members.upsertBuilding({ name: '临滨苑8栋', units: ['1单元', '2单元'] }))
})

describe('操作记录', () => {
  it('names who (and in which role) did what to whom, before → after, with no ids or openids', async () => {
    const { items } = dataOf(await callAs(P.admin).members.auditLog({}))
    const building = items.find((e) => e.action === 'members.upsertBuilding' && e.detail?.kind === 'update')!
    expect(building).toMatchObject({ actor: { name: P.admin.name, role: 'admin' }, target: '临滨苑8栋' })
    expect(auditActionLabel(building.action)).toBe('新增或修改楼栋')
    expect(auditDetailLines(building.detail)).toEqual(['方式：修改', '单元：1单元 → 1单元、2单元'])
    const archived = items.find((e) => e.action === 'members.archive')!
    expect(archived).toMatchObject({ actor: { name: P.secretary.name, role: 'secretary' }, target: target.name })
    for (const line of items.flatMap((e) => auditDetailLines(e.detail))) expect(line).not.toMatch(/demo-|m-\d|org-|[{}]/)
  })

  it('filters by person, by kind of action and by Beijing day', async () => {
    const bySecretary = dataOf(await callAs(P.admin).members.auditLog({ actorOpenid: P.secretary.openid })).items
    expect(bySecretary.length).toBeGreaterThanOrEqual(2)
    expect(bySecretary.every((e) => e.actor.openid === P.secretary.openid)).toBe(true)
    const members = dataOf(await callAs(P.admin).members.auditLog({ area: 'members' })).items
    expect(members.every((e) => e.action.startsWith('members.'))).toBe(true)
    expect(dataOf(await callAs(P.admin).members.auditLog({ area: 'points' })).items).toEqual([])
    const today = beijingDay(new Date())
    expect(dataOf(await callAs(P.admin).members.auditLog({ from: today, to: today })).items.length).toBe(4)
    expect(dataOf(await callAs(P.admin).members.auditLog({ to: '2020-01-01' })).items).toEqual([])
  })

  it('shows a secretary the entries of their own branch only', async () => {
    const mine = dataOf(await callAs(P.secretary).members.auditLog({})).items
    expect(mine.map((e) => e.action).sort()).toEqual(['members.archive', 'members.restore'].sort())
    expect(dataOf(await callAs(P.otherSecretary).members.auditLog({})).items).toEqual([])
  })
})
