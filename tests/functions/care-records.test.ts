/**
 * The branch's lists: 未走访名单 (nobody visited in N days), 本月生日 for 集体生日会, and the committee's
 * 困难 / 独居 flags (audited; a bad birthday writes nothing).
 */
import { beijingDayBefore, beijingMonth } from '../../core/time'
import { callAs, codeOf, dataOf, P } from '../support'
import { grantDemoScopes, LEADER, visitAs } from './care-fixtures'
import { countOf, useCommunityDb } from './helpers'

jest.setTimeout(180_000)
const db = useCommunityDb('care-records')
beforeAll(async () => grantDemoScopes())

/** All pages of 未走访名单 for the caller. */
async function unvisitedIds(who: { openid: string }, days: number): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | undefined
  do {
    const page = dataOf(await callAs(who).care.unvisited({ days, ...(cursor ? { cursor } : {}) }))
    ids.push(...page.items.map((e) => e.id))
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return ids
}

test('未走访名单 lists the elders of my scope not visited in N days; a visit (or an old one) moves them', async () => {
  const before = await unvisitedIds(P.secretary, 30)
  expect(before).toContain(P.elder.id)
  expect(before).toContain('m-0024')
  dataOf(await visitAs(P.member, { kind: 'phone' }))
  dataOf(await visitAs(P.secretary, { elderId: 'm-0024', date: beijingDayBefore(new Date(), 45) }))
  const after = await unvisitedIds(P.secretary, 30)
  expect(after).not.toContain(P.elder.id)
  expect(after).toContain('m-0024')
  expect(await unvisitedIds(P.secretary, 60)).not.toContain('m-0024')
  // Another branch's secretary sees none of these; the group leader sees only their group's.
  expect(await unvisitedIds(P.otherSecretary, 30)).not.toContain('m-0024')
  const leaders = dataOf(await callAs(LEADER).care.unvisited({ days: 30 })).items
  expect(leaders.every((e) => ['琼林苑3栋', '琼林苑4栋'].includes(e.building))).toBe(true)
  expect(codeOf(await callAs(P.secretary).care.unvisited({ days: 3 }))).toBe('COMMON.VALIDATION')
})

test('本月生日: the birthdays the branch records, this month by default; a bad day writes nothing', async () => {
  const month = Number(beijingMonth(new Date()).slice(5, 7))
  const day = `${String(month).padStart(2, '0')}-10`
  dataOf(await callAs(P.secretary).care.setBirthday({ personId: P.elder.id, birthday: day }))
  const list = dataOf(await callAs(P.secretary).care.birthdays({}))
  expect(list.month).toBe(month)
  expect(list.items.find((p) => p.id === P.elder.id)).toMatchObject({ name: P.elder.name, birthday: day, age: expect.any(Number) })
  expect(dataOf(await callAs(P.otherSecretary).care.birthdays({})).items.map((p) => p.id)).not.toContain(P.elder.id)
  const audits = await countOf(db, 'auditLogs', { action: 'care.setBirthday' })
  expect(codeOf(await callAs(P.secretary).care.setBirthday({ personId: P.elder.id, birthday: '02-30' }))).toBe('COMMON.VALIDATION')
  expect(await countOf(db, 'auditLogs', { action: 'care.setBirthday' })).toBe(audits)
  dataOf(await callAs(P.secretary).care.setBirthday({ personId: P.elder.id, birthday: null }))
  expect(dataOf(await callAs(P.secretary).care.birthdays({})).items.map((p) => p.id)).not.toContain(P.elder.id)
})

test('困难 and 独居 are the committee’s: set with an audit entry, listed by flag', async () => {
  dataOf(await callAs(P.admin).care.setFlags({ personId: P.elder.id, hardship: true, livesAlone: true, note: '子女在外地' }))
  dataOf(await callAs(P.admin).care.setFlags({ personId: P.resident.id, hardship: false, livesAlone: true }))
  expect(await countOf(db, 'auditLogs', { action: 'care.setFlags' })).toBe(2)
  const hardship = dataOf(await callAs(P.admin).care.flagged({ which: 'hardship' })).items
  expect(hardship.map((f) => f.personId)).toEqual([P.elder.id])
  const alone = dataOf(await callAs(P.admin).care.flagged({ which: 'livesAlone' })).items.map((f) => f.personId)
  expect(alone.sort()).toEqual([P.elder.id, P.resident.id].sort())
  expect(codeOf(await callAs(P.admin).care.setFlags({ personId: 'nobody', hardship: true, livesAlone: false }))).toBe('CARE.NOT_ELDER')
  expect(codeOf(await callAs(P.secretary).care.flagged({}))).toBe('COMMON.FORBIDDEN')
})
