import { main as stats } from '../../cloudfunctions/stats'
import { runAs } from '../../cloudfunctions/_core/local-context'
import { monthsEndingWith } from '../../core/stats/months'
import { beijingMonth } from '../../core/time'
import { callAs, codeOf, dataOf, P } from '../support'
import { interval } from './study-fixtures'
import { seedDemoAreas } from './stats-fixtures'
import { useCommunityDb } from './helpers'

jest.setTimeout(180000)

const db = useCommunityDb('stats_dashboard')
const thisMonth = () => beijingMonth(new Date())
const recent = () => monthsEndingWith(thisMonth(), 2)
const BRANCHES = ['org-b1', 'org-b2', 'org-b3', 'org-b4']

async function docs<T>(collection: string, where: object): Promise<T[]> {
  const out: T[] = []
  for (;;) {
    const res = (await db.collection(collection).where(where).skip(out.length).limit(100).get()) as unknown as { data: T[] }
    out.push(...res.data)
    if (res.data.length < 100) return out
  }
}

beforeAll(async () => {
  await seedDemoAreas(db)
})

describe('per-month summaries', () => {
  it('the committee recomputes this month and the one before: one document per org and month, and a rerun finds nothing to change', async () => {
    const first = dataOf(await callAs(P.admin).stats.refreshStats({}))
    expect(first.months).toEqual(recent())
    expect(first.orgs).toBe(1 + BRANCHES.length)
    expect(first.written).toBe(2 * (1 + BRANCHES.length))
    expect(first.changed).toHaveLength(first.written)
    const again = dataOf(await callAs(P.admin).stats.refreshStats({}))
    expect(again.changed).toEqual([])
  })

  it('their numbers are the sources’: study minutes of the month, the bank’s monthly totals, branches adding up to the community', async () => {
    const month = thisMonth()
    const records = await docs<{ minutes: number; source: string }>('studyRecords', {
      day: db.command.gte(`${month}-01`).and(db.command.lte(`${month}-31`)),
    })
    const shards = await docs<{ issued: number; spent: number; refunded: number }>('pointStats', {
      _id: db.command.in([`m:${month}`, ...Array.from({ length: 32 }, (_, i) => `m:${month}#${String(i).padStart(2, '0')}`)]),
    })
    const board = dataOf(await callAs(P.admin).stats.dashboard({}))
    expect(board.months).toHaveLength(12)
    const now = board.months[board.months.length - 1]
    expect(now).toMatchObject({ month, computed: true })
    expect(now.studyMinutes).toBe(records.reduce((a, r) => a + r.minutes, 0))
    expect(now.studyDeliveryMinutes).toBe(records.filter((r) => r.source === 'delivery').reduce((a, r) => a + r.minutes, 0))
    expect(now.pointsIssued).toBe(shards.reduce((a, s) => a + s.issued, 0))
    expect(now.pointsRedeemed).toBe(shards.reduce((a, s) => a + s.spent - s.refunded, 0))
    expect(now.openBalance).toBeGreaterThan(0)
    expect(now.studyTargetMinutes).toBeGreaterThanOrEqual(now.members * 32 * 45)

    expect(board.branches.map((b) => b.orgId)).toEqual(BRANCHES)
    const sum = (pick: (b: (typeof board.branches)[number]) => number) => board.branches.reduce((a, b) => a + pick(b), 0)
    expect(sum((b) => b.members)).toBe(now.members)
    expect(sum((b) => b.studyBelowTarget)).toBe(now.studyBelowTarget)
    expect(sum((b) => b.meetingsRequired)).toBe(board.months.reduce((a, m) => a + m.meetingsRequired, 0))
    expect(board.branches.every((b) => b.meetingsRequired >= 2)).toBe(true)
    // Only the two recomputed months exist yet; the dashboard read 2 × 5 documents.
    expect(board.months.filter((m) => m.computed).map((m) => m.month)).toEqual(recent())
    expect(board.documentsRead).toBe(10)
  })

  it('a new study record shows after the recomputation, in its branch and the community; a tampered summary is reported and put right', async () => {
    const before = dataOf(await callAs(P.secretary).stats.dashboard({ months: 1 })).months[0]
    dataOf(await callAs(P.member).study.recordStudy({ materialId: 'sm-seed-model', sessionId: 'stats-self-1', ...interval(25) }))
    expect(dataOf(await callAs(P.secretary).stats.dashboard({ months: 1 })).months[0].studyMinutes).toBe(before.studyMinutes)

    await db
      .collection('monthStats')
      .doc(`org-b2:${thisMonth()}`)
      .update({ data: { noticeRead: 999 } })
    const report = dataOf(await callAs(P.admin).stats.refreshStats({ months: [thisMonth()] }))
    expect(report.changed).toEqual(
      expect.arrayContaining([
        { id: `org-b1:${thisMonth()}`, fields: expect.arrayContaining(['studyMinutes', 'studySelfMinutes', 'studyYearMinutes']) },
        { id: `org-b2:${thisMonth()}`, fields: ['noticeRead'] },
      ]),
    )
    const after = dataOf(await callAs(P.secretary).stats.dashboard({ months: 1 })).months[0]
    expect(after.studyMinutes).toBe(before.studyMinutes + 25)
    expect(after.studySelfMinutes).toBe(before.studySelfMinutes + 25)
    expect(dataOf(await callAs(P.admin).stats.dashboard({ orgId: 'org-b2', months: 1 })).months[0].noticeRead).not.toBe(999)
  })

  it('a secretary sees their own branch only; refreshing is the committee’s; bad months are refused', async () => {
    const mine = dataOf(await callAs(P.secretary).stats.dashboard({}))
    expect(mine.org).toMatchObject({ id: 'org-b1', level: 'branch' })
    expect(mine.branches).toEqual([])
    expect(mine.documentsRead).toBeLessThanOrEqual(12)
    expect(codeOf(await callAs(P.secretary).stats.dashboard({ orgId: 'org-b2' }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.otherSecretary).stats.dashboard({ orgId: 'org-b1' }))).toBe('COMMON.NOT_FOUND')
    expect(dataOf(await callAs(P.admin).stats.dashboard({ orgId: 'org-b2' })).org.id).toBe('org-b2')
    expect(codeOf(await callAs(P.member).stats.dashboard({}))).toBe('COMMON.FORBIDDEN')
    expect(codeOf(await callAs(P.secretary).stats.refreshStats({}))).toBe('COMMON.FORBIDDEN')
    expect(codeOf(await callAs(P.admin).stats.refreshStats({ months: ['2026-13'] }))).toBe('COMMON.VALIDATION')
  })
})

test('the daily timer (no caller) fills in the last 12 months never computed, then keeps to this month and the one before', async () => {
  const fire = () =>
    runAs(null, () => stats({ Type: 'Timer', TriggerName: 'refreshMonthStats', Time: new Date().toISOString() })) as Promise<{
      ok: boolean
      data: { months: string[]; written: number }
    }>
  const first = await fire()
  expect(first.data.months).toEqual(monthsEndingWith(thisMonth(), 12))
  expect((await fire()).data.months).toEqual(recent())
  const board = dataOf(await callAs(P.admin).stats.dashboard({}))
  expect(board.months.every((m) => m.computed)).toBe(true)
  expect(board.documentsRead).toBe(12 * 5)
  expect(board.months.filter((m) => m.studyMinutes > 0).length).toBeGreaterThan(6)
})
