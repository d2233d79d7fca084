/**
 * A randomised run (fast-check) of thousands of operations — credits, repeats of earlier keys, spends,
 * redemptions, cancels, adjustments — many of them in parallel; afterwards every account equals the
 * sum of its entries (and its totals), all accounts sum to zero, and no balance or stock is negative.
 */
import fc from 'fast-check'
import { postPoints } from '../../cloudfunctions/_core/ledger'
import { expireDueOrders } from '../../cloudfunctions/points/handlers/orders'
import { txStats } from '../../cloudfunctions/_core/transaction'
import { callAs, codeOf, dataOf, P } from '../support'
import { useCommunityDb } from './helpers'
import { makeReward } from './points-fixtures'

jest.setTimeout(600_000)
const db = useCommunityDb('points-random')

const PEOPLE = [P.resident, P.member, P.elder, P.secretary, P.otherSecretary]

type Op =
  | { t: 'credit'; who: number; amount: number; key: number }
  | { t: 'spend'; who: number; amount: number; key: number }
  | { t: 'redeem'; who: number; reward: number; quantity: number; key: number }
  | { t: 'cancel'; who: number; key: number }
  | { t: 'adjust'; who: number; amount: number; key: number }

const who = fc.integer({ min: 0, max: PEOPLE.length - 1 })
const key = fc.integer({ min: 0, max: 400 })
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('credit' as const), who, amount: fc.integer({ min: 1, max: 200 }), key }),
  fc.record({ t: fc.constant('spend' as const), who, amount: fc.integer({ min: 1, max: 300 }), key }),
  fc.record({
    t: fc.constant('redeem' as const),
    who,
    reward: fc.integer({ min: 0, max: 2 }),
    quantity: fc.integer({ min: 1, max: 3 }),
    key,
  }),
  fc.record({ t: fc.constant('cancel' as const), who, key }),
  fc.record({ t: fc.constant('adjust' as const), who, amount: fc.integer({ min: -150, max: 150 }).filter((n) => n !== 0), key }),
)

/** Codes the callers were answered (postPoints throws, so a BusyError there fails the test at once). */
const codes: string[] = []

async function run(o: Op, rewards: string[]): Promise<void> {
  const person = PEOPLE[o.who]
  switch (o.t) {
    case 'credit':
      await postPoints({
        key: `attendance:r${o.key}:${person.id}`,
        accountId: person.id,
        amount: o.amount,
        minutes: 30,
        kind: 'attendance',
        reason: '参加活动',
      })
      return
    case 'spend':
      await postPoints({
        key: `redeem:${person.id}:spend-${o.key}`,
        accountId: person.id,
        amount: -o.amount,
        kind: 'redeem',
        reason: '兑换',
      })
      return
    case 'redeem':
      codes.push(
        codeOf(
          await callAs(person.openid).points.redeem({ rewardId: rewards[o.reward], quantity: o.quantity, requestId: `random-${o.key}` }),
        ),
      )
      return
    case 'cancel':
      codes.push(codeOf(await callAs(person.openid).points.cancelOrder({ orderId: `redeem:${person.id}:random-${o.key}` })))
      return
    case 'adjust':
      codes.push(
        codeOf(
          await callAs(P.admin).points.adjust({ requestId: `random-${o.key}`, personId: person.id, amount: o.amount, reason: '随机调整' }),
        ),
      )
  }
}

test('thousands of random operations, in parallel batches, leave the books balanced', async () => {
  const rewards = [
    await makeReward({ name: '大米', price: 40, stock: 60, monthlyLimit: 5 }),
    await makeReward({ name: '洗衣液', price: 25, stock: 30, monthlyLimit: 3 }),
    await makeReward({ name: '抽纸', price: 5, stock: 500, monthlyLimit: 50 }),
  ]
  const batches = fc.sample(fc.array(op, { minLength: 10, maxLength: 30 }), { numRuns: 120, seed: 20261128 })
  let total = 0
  for (const batch of batches) {
    await Promise.all(batch.map((o) => run(o, rewards)))
    total += batch.length
  }
  await expireDueOrders(new Date(Date.now() + 40 * 86_400_000))
  expect(total).toBeGreaterThan(2000)
  // Five people, up to 30 operations at once: their accounts really are written concurrently.
  console.log(`points-random: ${total} operations, ${txStats.conflicts} write conflicts and ${txStats.duplicateRaces} id races retried`)
  expect(txStats.conflicts).toBeGreaterThan(0)
  expect(codes.filter((code) => code === 'COMMON.INTERNAL' || code === 'COMMON.BUSY')).toEqual([])

  const report = dataOf(await callAs(P.admin).points.reconcile())
  expect(report.differences).toEqual([])
  expect(report).toMatchObject({ ok: true, totalBalance: 0 })
  const accounts = (await db.collection('pointAccounts').limit(100).get()) as unknown as {
    data: Array<{ _id: string; balance: number; kind: string }>
  }
  for (const a of accounts.data) if (a.kind === 'person') expect(a.balance).toBeGreaterThanOrEqual(0)
  // Stock never below zero, and what left the shelf is exactly what open or collected orders hold.
  const initial = new Map([
    [rewards[0], 60],
    [rewards[1], 30],
    [rewards[2], 500],
  ])
  const stock = (await db.collection('pointRewards').limit(10).get()) as unknown as { data: Array<{ _id: string; stock: number }> }
  const orders = (await db.collection('pointOrders').limit(1000).get()) as unknown as {
    data: Array<{ rewardId: string; quantity: number; status: string }>
  }
  for (const r of stock.data) {
    expect(r.stock).toBeGreaterThanOrEqual(0)
    const held = orders.data
      .filter((o) => o.rewardId === r._id && (o.status === 'pending' || o.status === 'fulfilled'))
      .reduce((n, o) => n + o.quantity, 0)
    expect(r.stock + held).toBe(initial.get(r._id))
  }
})
