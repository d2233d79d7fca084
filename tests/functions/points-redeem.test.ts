/**
 * 兑换 under real parallel calls: exactly once per requestId, never a negative balance, never below
 * zero stock, a monthly allowance per person, refunds on cancel and after 30 days (once), 核销 by code.
 */
import { expireDueOrders } from '../../cloudfunctions/points/handlers/orders'
import { holdStock, releaseHold, releaseStaleHolds } from '../../cloudfunctions/points/lib/stock'
import { POINTS_MAX_PRICE, type ReconcileResponse } from '../../core/contract/points'
import { callAs, codeOf, dataOf, P, unchecked } from '../support'
import { countOf, docOf, useCommunityDb } from './helpers'
import { balanceOf, credit, makeReward, rid } from './points-fixtures'

jest.setTimeout(120_000)
const db = useCommunityDb('points-redeem')

const redeem = (openid: string, rewardId: string, quantity: number, requestId: string) =>
  callAs(openid).points.redeem({ rewardId, quantity, requestId })

async function reconciled(): Promise<ReconcileResponse> {
  return dataOf(await callAs(P.admin).points.reconcile())
}

test('the same redemption ten times in parallel creates one order and spends once', async () => {
  await credit(P.member.id, 500)
  const rewardId = await makeReward({ price: 120, stock: 20 })
  const requestId = rid('same')
  const replies = await Promise.all(Array.from({ length: 10 }, () => redeem(P.member.openid, rewardId, 1, requestId)))
  const results = replies.map(dataOf)
  expect(results.filter((r) => r.created)).toHaveLength(1)
  expect(new Set(results.map((r) => r.order.id)).size).toBe(1)
  expect(new Set(results.map((r) => r.order.pickupCode)).size).toBe(1)
  expect(await balanceOf(db, P.member.id)).toBe(380)
  expect(await countOf(db, 'pointOrders', { personId: P.member.id })).toBe(1)
  expect((await docOf<{ stock: number }>(db, 'pointRewards', rewardId))?.stock).toBe(19)
  // Again after a "timeout": still the one order.
  expect(dataOf(await redeem(P.member.openid, rewardId, 1, requestId))).toMatchObject({ created: false, balance: 380 })
  expect((await reconciled()).ok).toBe(true)
})

test('a balance of 300 and five parallel redemptions of 100 give exactly three orders', async () => {
  await credit(P.elder.id, 300)
  const rewardId = await makeReward({ name: '洗衣液', price: 100, stock: 50 })
  const replies = await Promise.all(Array.from({ length: 5 }, (_, i) => redeem(P.elder.openid, rewardId, 1, rid(`five-${i}`))))
  expect(replies.filter((r) => r.ok)).toHaveLength(3)
  expect(replies.filter((r) => codeOf(r) === 'POINTS.INSUFFICIENT')).toHaveLength(2)
  expect(await balanceOf(db, P.elder.id)).toBe(0)
  expect(await countOf(db, 'pointOrders', { personId: P.elder.id })).toBe(3)
  expect((await docOf<{ stock: number }>(db, 'pointRewards', rewardId))?.stock).toBe(47)
  expect((await reconciled()).ok).toBe(true)
})

test('stock never goes below zero when many people redeem the last items at once', async () => {
  const people = [P.resident, P.secretary, P.otherSecretary, P.admin]
  for (const person of people) await credit(person.id, 1000)
  const rewardId = await makeReward({ name: '爱心围巾', price: 10, stock: 3 })
  const replies = await Promise.all(people.flatMap((person) => [0, 1].map((i) => redeem(person.openid, rewardId, 1, rid(`stock-${i}`)))))
  expect(replies.filter((r) => r.ok)).toHaveLength(3)
  expect(replies.filter((r) => codeOf(r) === 'POINTS.OUT_OF_STOCK')).toHaveLength(5)
  expect((await docOf<{ stock: number }>(db, 'pointRewards', rewardId))?.stock).toBe(0)
  expect(await countOf(db, 'pointOrders', { rewardId })).toBe(3)
})

test('the monthly allowance per person holds under parallel redemptions and a cancel gives it back', async () => {
  await credit(P.resident.id, 100)
  const rewardId = await makeReward({ name: '香皂', price: 5, stock: 100, monthlyLimit: 2 })
  const replies = await Promise.all(Array.from({ length: 4 }, (_, i) => redeem(P.resident.openid, rewardId, 1, rid(`limit-${i}`))))
  expect(replies.filter((r) => r.ok)).toHaveLength(2)
  expect(replies.filter((r) => codeOf(r) === 'POINTS.MONTHLY_LIMIT')).toHaveLength(2)
  const order = dataOf(replies.find((r) => r.ok)!).order
  const before = await balanceOf(db, P.resident.id)

  const cancels = await Promise.all(Array.from({ length: 3 }, () => callAs(P.resident).points.cancelOrder({ orderId: order.id })))
  expect(cancels.filter((r) => r.ok)).toHaveLength(1)
  expect(cancels.filter((r) => codeOf(r) === 'POINTS.ORDER_CLOSED')).toHaveLength(2)
  expect(await balanceOf(db, P.resident.id)).toBe(before + 5)
  expect((await docOf<{ stock: number }>(db, 'pointRewards', rewardId))?.stock).toBe(99)
  expect(dataOf(await redeem(P.resident.openid, rewardId, 1, rid('limit-again'))).created).toBe(true)
})

test('nobody cancels another person’s order', async () => {
  await credit(P.member.id, 100)
  const rewardId = await makeReward({ price: 10, stock: 5 })
  const order = dataOf(await redeem(P.member.openid, rewardId, 1, rid('mine'))).order
  expect(codeOf(await callAs(P.resident).points.cancelOrder({ orderId: order.id }))).toBe('COMMON.NOT_FOUND')
})

test('a pickup code drawn twice is drawn again: the second order gets another code, both are found by their code', async () => {
  await credit(P.resident.id, 200)
  const balance = await balanceOf(db, P.resident.id)
  const rewardId = await makeReward({ name: '肥皂', price: 10, stock: 5 })
  const first = dataOf(await redeem(P.resident.openid, rewardId, 1, rid('code-1'))).order
  // The next draw repeats the first order's code once, then draws freely (the module object itself:
  // an import's binding would be a copy).
  const crypto = require('crypto') as typeof import('crypto')
  const draw = jest.spyOn(crypto, 'randomInt').mockImplementationOnce(() => Number(first.pickupCode))
  const second = dataOf(await redeem(P.resident.openid, rewardId, 1, rid('code-2')))
  const draws = draw.mock.calls.length
  draw.mockRestore()
  expect(draws).toBe(2)
  expect(second.created).toBe(true)
  expect(second.order.pickupCode).toMatch(/^\d{8}$/)
  expect(second.order.pickupCode).not.toBe(first.pickupCode)
  expect(await balanceOf(db, P.resident.id)).toBe(balance - 20)
  for (const order of [first, second.order])
    expect(dataOf(await callAs(P.admin).points.lookupOrder({ pickupCode: order.pickupCode })).order.id).toBe(order.id)
})

test('an admin fulfils by pickup code once; a cancelled or unknown code is refused', async () => {
  await credit(P.resident.id, 200)
  const rewardId = await makeReward({ name: '大米', price: 50, stock: 5 })
  const order = dataOf(await redeem(P.resident.openid, rewardId, 1, rid('fulfil'))).order
  expect(order.pickupCode).toMatch(/^\d{8}$/)
  expect(codeOf(await callAs(P.secretary).points.fulfil({ pickupCode: order.pickupCode }))).toBe('COMMON.FORBIDDEN')
  expect(dataOf(await callAs(P.admin).points.lookupOrder({ pickupCode: order.pickupCode })).order.id).toBe(order.id)
  const fulfils = await Promise.all([1, 2, 3].map(() => callAs(P.admin).points.fulfil({ pickupCode: order.pickupCode })))
  expect(fulfils.filter((r) => r.ok)).toHaveLength(1)
  expect(fulfils.filter((r) => codeOf(r) === 'POINTS.ORDER_CLOSED')).toHaveLength(2)
  expect(codeOf(await callAs(P.resident).points.cancelOrder({ orderId: order.id }))).toBe('POINTS.ORDER_CLOSED')
  expect(codeOf(await callAs(P.admin).points.fulfil({ pickupCode: '00000000' }))).toBe('POINTS.CODE_NOT_FOUND')
  expect(codeOf(await callAs(P.admin).points.fulfil({ pickupCode: '12ab' }))).toBe('COMMON.VALIDATION')
})

test('orders not collected in 30 days are refunded once, with their stock, however often the sweep runs', async () => {
  await credit(P.secretary.id, 300)
  const rewardId = await makeReward({ name: '毛巾', price: 30, stock: 10 })
  const orders = await Promise.all([0, 1].map((i) => redeem(P.secretary.openid, rewardId, 2, rid(`expire-${i}`))))
  const before = await balanceOf(db, P.secretary.id)
  const pending = (await db.collection('pointOrders').where({ status: 'pending' }).limit(100).get()) as unknown as {
    data: Array<{ personId: string; amount: number }>
  }
  const owed = pending.data.filter((o) => o.personId === P.secretary.id).reduce((sum, o) => sum + o.amount, 0)
  expect(owed).toBeGreaterThanOrEqual(120)
  const later = new Date(Date.now() + 31 * 86_400_000)
  const sweeps = await Promise.all([expireDueOrders(later), expireDueOrders(later), expireDueOrders(later)])
  expect(sweeps.reduce((a, b) => a + b, 0)).toBe(pending.data.length)
  expect(await balanceOf(db, P.secretary.id)).toBe(before + owed)
  expect(await countOf(db, 'pointOrders', { status: 'pending' })).toBe(0)
  expect((await docOf<{ stock: number }>(db, 'pointRewards', rewardId))?.stock).toBe(10)
  for (const reply of orders) expect((await docOf<{ status: string }>(db, 'pointOrders', dataOf(reply).order.id))?.status).toBe('expired')
  expect(await expireDueOrders(later)).toBe(0)
  expect((await reconciled()).ok).toBe(true)
})

test('bad quantities and request ids are refused and change nothing', async () => {
  const rewardId = await makeReward({ price: 1, stock: 5 })
  const orders = await countOf(db, 'pointOrders')
  for (const quantity of [0, -1, 1.5, 11, 1e12, '1', null]) {
    expect(codeOf(await callAs(P.member).points.redeem(unchecked({ rewardId, quantity, requestId: rid('bad') })))).toBe('COMMON.VALIDATION')
  }
  expect(codeOf(await callAs(P.member).points.redeem({ rewardId, quantity: 1, requestId: 'x' }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await callAs(P.member).points.redeem(unchecked({ rewardId, quantity: 1, requestId: rid('bad'), extra: 1 })))).toBe(
    'COMMON.VALIDATION',
  )
  expect(codeOf(await callAs('visitor-x').points.redeem({ rewardId, quantity: 1, requestId: rid('visitor') }))).toBe('COMMON.FORBIDDEN')
  expect(await countOf(db, 'pointOrders')).toBe(orders)
})

describe('stock holds (lib/stock: crash-safe reservation)', () => {
  const stockOf = async (rewardId: string) =>
    (await docOf<{ stock: number; holds?: Record<string, unknown> }>(db, 'pointRewards', rewardId))!

  test('a refused redemption gives its held stock back and leaves no hold', async () => {
    const rewardId = await makeReward({ name: '保温杯', price: POINTS_MAX_PRICE, stock: 4 })
    expect(codeOf(await redeem(P.resident.openid, rewardId, 1, rid('short')))).toBe('POINTS.INSUFFICIENT')
    const reward = await stockOf(rewardId)
    expect(reward.stock).toBe(4)
    expect(Object.keys(reward.holds ?? {})).toHaveLength(0)
  })

  test('a hold left by a redemption that died before its order is given back by 对账, once', async () => {
    const rewardId = await makeReward({ name: '环保袋', price: 1, stock: 5 })
    // The process "dies" right after taking the stock: the hold is there, no order.
    const hold = await holdStock(rewardId, `redeem:${P.member.id}:${rid('dead')}`, 2)
    expect(hold.ok).toBe(true)
    expect((await stockOf(rewardId)).stock).toBe(3)
    // A fresh hold is not touched (its redemption may still be running) …
    await reconciled()
    expect((await stockOf(rewardId)).stock).toBe(3)
    // … one older than the TTL is.
    process.env.HONGLIN_STOCK_HOLD_TTL_MS = '0'
    try {
      expect(await releaseStaleHolds(new Date(Date.now() + 1000))).toBe(1)
      expect(await releaseStaleHolds(new Date(Date.now() + 1000))).toBe(0)
    } finally {
      delete process.env.HONGLIN_STOCK_HOLD_TTL_MS
    }
    const reward = await stockOf(rewardId)
    expect(reward.stock).toBe(5)
    expect(Object.keys(reward.holds ?? {})).toHaveLength(0)
  })

  test('a retry after a crash takes over the open hold instead of taking the stock twice', async () => {
    await credit(P.member.id, 50)
    const rewardId = await makeReward({ name: '毛巾', price: 10, stock: 5 })
    const requestId = rid('revive')
    expect((await holdStock(rewardId, `redeem:${P.member.id}:${requestId}`, 1)).ok).toBe(true)
    expect(dataOf(await redeem(P.member.openid, rewardId, 1, requestId)).created).toBe(true)
    const reward = await stockOf(rewardId)
    expect(reward.stock).toBe(4)
    expect(Object.keys(reward.holds ?? {})).toHaveLength(0)
    expect(await countOf(db, 'pointStockHolds', { rewardId, outcome: 'used' })).toBe(1)
  })

  test('a release that wins against the order’s transaction makes it take a new hold; stock is counted once', async () => {
    await credit(P.secretary.id, 50)
    const rewardId = await makeReward({ name: '雨伞', price: 10, stock: 5 })
    const requestId = rid('raced')
    const orderId = `redeem:${P.secretary.id}:${requestId}`
    const first = await holdStock(rewardId, orderId, 1)
    if (!first.ok) throw new Error('no hold')
    // The sweep releases the hold just before the redemption (which takes it over) commits.
    expect(await releaseHold(first.value)).toBe('released')
    expect(dataOf(await redeem(P.secretary.openid, rewardId, 1, requestId)).created).toBe(true)
    expect(await releaseHold(first.value)).toBe('released') // repeating a release changes nothing
    expect((await stockOf(rewardId)).stock).toBe(4)
    expect(await countOf(db, 'pointOrders', { rewardId })).toBe(1)
    expect((await reconciled()).ok).toBe(true)
  })
})
