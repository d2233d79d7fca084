import { credit, expectBankReconciles, inPool, newReward, rewardStock, useReliabilityCloud } from './http'
import { codeOf, dataOf, newResident } from '../support'

jest.setTimeout(180_000)

/**
 * The points bank's promises through the local HTTP API of the real local cloud (the process
 * `npm start` runs), with truly parallel requests: nothing is doubled, nothing is oversold, and the
 * bank reconciles after each burst.
 */
// With the in-process lanes on (the default) this instance's own bursts mostly queue instead of
// conflicting; what still conflicts is printed. no-retry.test.ts runs with lanes and reruns off.
const cloud = useReliabilityCloud('admin', { label: 'points reliability' })

/** A new resident (`tag`) holding `points`, and a new reward: where the redemption races start. */
async function residentAndReward(tag: string, points: number, reward: { name: string; price: number; stock: number }) {
  const resident = await newResident(cloud.url, tag)
  const rewardId = await newReward(cloud.admin, reward.name, reward.price, reward.stock)
  await credit(cloud.admin, resident.personId, points, `credit-${tag}-${points}`)
  return { resident, rewardId }
}

beforeAll(async () => {
  // Test credits are set up by plain adjustments: raise the second-approval threshold above them.
  dataOf(await cloud.admin.points.updateSettings({ adjustThreshold: 10_000 }), 'updateSettings')
})

it('credits a good deed approved ten times in parallel exactly once', async () => {
  const resident = await newResident(cloud.url, 'deed')
  const { items } = dataOf(await resident.call.points.categories({}), 'categories')
  const category = items[0]
  const { deed } = dataOf(
    await resident.call.points.submitGoodDeed({ requestId: 'deed-once-1', categoryId: category.id, text: '帮邻居老人把米扛上楼' }),
    'submitGoodDeed',
  )
  const replies = await Promise.all(
    Array.from({ length: 10 }, () => cloud.admin.points.reviewGoodDeed({ deedId: deed.id, decision: 'approve' })),
  )
  expect(replies.filter((reply) => reply.ok).length).toBeGreaterThanOrEqual(1)
  expect(replies.map(codeOf).filter((code) => code !== 'ok' && code !== 'POINTS.ALREADY_REVIEWED')).toEqual([])
  const account = dataOf(await resident.call.points.account({}), 'account')
  expect(account).toMatchObject({ balance: category.points, earned: category.points })
  await expectBankReconciles(cloud.admin)
})

it('gives five parallel redemptions against a balance for three exactly three orders', async () => {
  const { resident, rewardId } = await residentAndReward('redeem', 300, { name: '可靠性测试大米', price: 100, stock: 50 })
  const replies = await Promise.all(
    Array.from({ length: 5 }, (_, i) => resident.call.points.redeem({ rewardId, quantity: 1, requestId: `five-parallel-${i}` })),
  )
  expect(replies.map(codeOf).sort()).toEqual(['POINTS.INSUFFICIENT', 'POINTS.INSUFFICIENT', 'ok', 'ok', 'ok'])
  expect(dataOf(await resident.call.points.account({}), 'account').balance).toBe(0)
  expect(await rewardStock(cloud.admin, rewardId)).toBe(47)
  await expectBankReconciles(cloud.admin)
})

it('turns the same redemption sent ten times in parallel into one order', async () => {
  const { resident, rewardId } = await residentAndReward('same', 100, { name: '可靠性测试洗衣液', price: 40, stock: 10 })
  const replies = await Promise.all(
    Array.from({ length: 10 }, () => resident.call.points.redeem({ rewardId, quantity: 1, requestId: 'same-request-10x' })),
  )
  expect(replies.map(codeOf)).toEqual(Array(10).fill('ok'))
  expect(new Set(replies.map((reply) => dataOf(reply, 'redeem').order.id)).size).toBe(1)
  expect(dataOf(await resident.call.points.account({}), 'account').balance).toBe(60)
  expect(await rewardStock(cloud.admin, rewardId)).toBe(9)
  await expectBankReconciles(cloud.admin)
})

it('never sells more than the stock to many people at once', async () => {
  const rewardId = await newReward(cloud.admin, '可靠性测试毛巾', 10, 3)
  const people = await Promise.all(Array.from({ length: 8 }, (_, i) => newResident(cloud.url, `stock${i}`)))
  for (const [i, person] of people.entries()) await credit(cloud.admin, person.personId, 10, `credit-stock-${i}`)
  const replies = await Promise.all(
    people.map((person, i) => person.call.points.redeem({ rewardId, quantity: 1, requestId: `stock-race-${i}` })),
  )
  expect(replies.filter((reply) => reply.ok)).toHaveLength(3)
  expect(await rewardStock(cloud.admin, rewardId)).toBe(0)
  await expectBankReconciles(cloud.admin)
})

it('fifty people redeeming one reward at once: stock never oversold, balances never negative, 0 INTERNAL, 0 BUSY', async () => {
  const rewardId = await newReward(cloud.admin, '可靠性测试：环保袋', 10, 40)
  const people = await inPool(50, 16, (i) => newResident(cloud.url, `many${i}`))
  for (const [i, person] of people.entries()) await credit(cloud.admin, person.personId, 10, `credit-many-${i}`)
  const replies = await Promise.all(
    people.map((person, i) => person.call.points.redeem({ rewardId, quantity: 1, requestId: `many-race-${i}` })),
  )
  const codes = replies.map(codeOf)
  expect(codes.filter((code) => code !== 'ok' && code !== 'POINTS.OUT_OF_STOCK')).toEqual([])
  expect(codes.filter((code) => code === 'ok')).toHaveLength(40)
  expect(await rewardStock(cloud.admin, rewardId)).toBe(0)
  for (const person of people) expect(dataOf(await person.call.points.account({}), 'account').balance).toBeGreaterThanOrEqual(0)
  await expectBankReconciles(cloud.admin)
})
