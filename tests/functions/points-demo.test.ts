/** The demo bank, written into a local cloud env, reconciles and fills the rankings and the review queue. */
import { seedPoints } from '../../server/seed/points'
import { callAs, dataOf, P } from '../support'
import { useCommunityDb } from './helpers'

jest.setTimeout(120_000)

useCommunityDb('points-demo', seedPoints)

test('the seeded books reconcile', async () => {
  const report = dataOf(await callAs(P.admin).points.reconcile())
  expect(report.differences).toEqual([])
  expect(report).toMatchObject({ ok: true, totalBalance: 0 })
  expect(report.accounts).toBeGreaterThan(50)
})

test('the demo resident has a statement, rankings are filled, the secretary has reports to review', async () => {
  const account = dataOf(await callAs(P.resident).points.account())
  expect(account.earned).toBeGreaterThan(0)
  const board = dataOf(await callAs(P.resident).points.leaderboard({ period: 'all', scope: 'community' }))
  expect(board.items.length).toBeGreaterThan(20)
  expect(board.me?.rank).not.toBeNull()
  const queue = dataOf(await callAs(P.secretary).points.goodDeeds({ status: 'pending' }))
  expect(queue.items.some((d) => d.personName === P.resident.name)).toBe(true)
})
