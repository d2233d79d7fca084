import { conflictsOf, credit, expectBankReconciles, inPool, useReliabilityCloud } from './http'
import { codeOf, dataOf, newResident } from '../support'

jest.setTimeout(180_000)

/**
 * The conflicts are real: with the unit-of-work runner's reruns turned off (HONGLIN_TX_RETRY=off), a
 * burst that the other reliability tests pass with 0 errors answers some callers COMMON.BUSY — and
 * still never doubles or loses anything (the database's first-writer-wins refuses the losers whole).
 */
const cloud = useReliabilityCloud('admin', { env: { HONGLIN_TX_RETRY: 'off', HONGLIN_TX_LANES: 'off' } })

beforeAll(async () => {
  dataOf(await cloud.admin.points.updateSettings({ adjustThreshold: 10_000 }), 'updateSettings')
})

it('without reruns, parallel postings to one account lose write conflicts as COMMON.BUSY, and nothing is doubled', async () => {
  const resident = await newResident(cloud.url, 'noretry')
  const replies = await inPool(30, 30, (i) =>
    cloud.admin.points.adjust({ requestId: `no-retry-${i}`, personId: resident.personId, amount: 1, reason: '可靠性测试' }),
  )
  const codes = replies.map(codeOf)
  expect(codes.filter((code) => code !== 'ok' && code !== 'COMMON.BUSY')).toEqual([])
  const busy = codes.filter((code) => code === 'COMMON.BUSY').length
  console.log(`retry off: ${busy} of 30 parallel postings answered COMMON.BUSY, ${await conflictsOf(cloud.url)} conflicts`)
  expect(busy).toBeGreaterThan(0)
  expect(dataOf(await resident.call.points.account({}), 'account').balance).toBe(30 - busy)
  await credit(cloud.admin, resident.personId, 1, 'no-retry-after')
  await expectBankReconciles(cloud.admin)
})
