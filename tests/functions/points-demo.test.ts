/** The demo bank, written into a local cloud env, reconciles and fills the rankings and the review queue. */
import type { GoodDeedsResponse, LeaderboardResponse, PointsAccountResponse, ReconcileResponse } from '../../core/contract/points'
import type { DatabaseService } from '../../server/db'
import { buildDemoCommunity } from '../../server/seed/community'
import { seedPoints } from '../../server/seed/points'
import { call, dataOf, P, usePointsEnv } from './points-fixtures'

jest.setTimeout(120_000)

beforeAll(async () => {
  const { db } = await usePointsEnv('points-demo')
  const viaSdk = {
    bulkInsert: async (_env: string, name: string, docs: Array<Record<string, unknown>>) => {
      for (let i = 0; i < docs.length; i += 100) await db.collection(name).add({ data: docs.slice(i, i + 100) as unknown as object })
    },
  }
  await seedPoints(viaSdk as unknown as DatabaseService, '', buildDemoCommunity())
})

test('the seeded books reconcile', async () => {
  const report = dataOf(await call<ReconcileResponse>(P.admin.openid, 'reconcile'))
  expect(report.differences).toEqual([])
  expect(report).toMatchObject({ ok: true, totalBalance: 0 })
  expect(report.accounts).toBeGreaterThan(50)
})

test('the demo resident has a statement, rankings are filled, the secretary has reports to review', async () => {
  const account = dataOf(await call<PointsAccountResponse>(P.resident.openid, 'account'))
  expect(account.earned).toBeGreaterThan(0)
  const board = dataOf(await call<LeaderboardResponse>(P.resident.openid, 'leaderboard', { period: 'all', scope: 'community' }))
  expect(board.items.length).toBeGreaterThan(20)
  expect(board.me?.rank).not.toBeNull()
  const queue = dataOf(await call<GoodDeedsResponse>(P.secretary.openid, 'goodDeeds', { status: 'pending' }))
  expect(queue.items.some((d) => d.personName === P.resident.name)).toBe(true)
})
