import { randomInt } from 'crypto'
import type { OrderView, RedeemResponse } from '../../../core/contract/points'
import {
  ORDER_EXPIRY_DAYS,
  type PointAccountDoc,
  type PointOrderDoc,
  type PointPickupCodeDoc,
  type PointRedeemCountDoc,
  type PointRewardDoc,
} from '../../../core/points/model'
import { monthOf } from '../../../core/points/posting'
import { failure, success, type Result } from '../../../core/result'
import { writeAudit } from '../../_core/audit'
import type { HandlerContext, HandlerResult } from '../../_core/create-function'
import { command, findById, findMany } from '../../_core/db'
import { postInTx } from '../../_core/ledger'
import { pairedPersonFor } from '../../_core/pairing'
import { inTransaction, inTransactionFor } from '../../_core/transaction'
import { pageBy, viewPage } from '../../_core/paging'
import { callerPerson } from '../lib/person'
import { refundOrder } from '../lib/refund'
import { toOrderView } from '../lib/views'

/**
 * 兑换: one transaction takes the stock, counts the person's month, spends the points (ledger key
 * `redeem:<personId>:<requestId>`, also the order's `_id`) and writes the order with a pickup code.
 * The same requestId again — ten times in parallel or after a timeout — finds the order and changes
 * nothing; a short balance, stock or monthly allowance refuses the whole thing. The reward's stock is
 * the one document every redemption of it writes: this instance makes them one at a time (its lane),
 * other instances' redemptions conflict and are rerun. (Taking the stock by an atomic decrement before
 * the transaction would avoid the hot document but leaks stock when the process dies in between.)
 */
export async function redeem({ data, caller }: HandlerContext<'points', 'redeem'>): HandlerResult<'points', 'redeem'> {
  const self = callerPerson(caller)
  if (!self.ok) return self
  // On behalf: a 结对 helper spends their elder's points, and the order says so.
  const elder = data.forPersonId && data.forPersonId !== self.value.id ? await pairedPersonFor(caller.member, data.forPersonId) : null
  if (data.forPersonId && data.forPersonId !== self.value.id && !elder) return failure('PAIRING.NOT_YOUR_ELDER')
  const holder = elder ?? self.value
  const helper = elder ? { byHelperId: self.value.id, byHelperName: self.value.name } : {}
  const personId = holder.id
  const orderId = `redeem:${personId}:${data.requestId}`

  return inTransactionFor(`reward:${data.rewardId}`, async (work): Promise<Result<RedeemResponse>> => {
    const existing = await work.get<PointOrderDoc>('pointOrders', orderId)
    if (existing) {
      const account = await work.get<PointAccountDoc>('pointAccounts', personId)
      return success({ order: toOrderView(existing), balance: account?.balance ?? 0, created: false })
    }
    const reward = await work.get<PointRewardDoc>('pointRewards', data.rewardId)
    if (!reward) return failure('COMMON.NOT_FOUND')
    if (!reward.active) return failure('POINTS.REWARD_UNAVAILABLE')
    if (reward.stock < data.quantity) return failure('POINTS.OUT_OF_STOCK')
    const now = new Date()
    const month = monthOf(now)
    const counterId = `${personId}:${reward._id}:${month}`
    const counter = await work.get<PointRedeemCountDoc>('pointRedeemCounts', counterId)
    if ((counter?.count ?? 0) + data.quantity > reward.monthlyLimit) return failure('POINTS.MONTHLY_LIMIT')
    const pickupCode = await freePickupCode(work)

    const amount = reward.price * data.quantity
    const posted = await postInTx(work, {
      key: orderId,
      accountId: personId,
      amount: -amount,
      kind: 'redeem',
      reason: `兑换「${reward.name}」×${data.quantity}${elder ? `（${self.value.name}代兑）` : ''}`,
      ref: reward._id,
    })
    if (!posted.ok) return posted
    if (!posted.value.applied) throw new Error(`redemption ${orderId} has a ledger entry but no order`)

    work.patch('pointRewards', reward._id, { stock: reward.stock - data.quantity })
    if (counter) work.patch('pointRedeemCounts', counterId, { count: counter.count + data.quantity })
    else work.create('pointRedeemCounts', counterId, { count: data.quantity })
    work.create('pointPickupCodes', pickupCode, { orderId })
    const order = work.create<PointOrderDoc>('pointOrders', orderId, {
      personId,
      personName: holder.name,
      rewardId: reward._id,
      rewardName: reward.name,
      quantity: data.quantity,
      price: reward.price,
      amount,
      pickupCode,
      month,
      status: 'pending',
      createdAt: now,
      expiresAt: new Date(now.getTime() + ORDER_EXPIRY_DAYS * 86_400_000),
      closedAt: null,
      closedByOpenid: null,
      ...helper,
    })
    return success({ order: toOrderView(order), balance: posted.value.balance, created: true })
  })
}

/** An unused 8-digit code, claimed through its own document so two orders can never share one. */
async function freePickupCode(work: Parameters<typeof postInTx>[0]): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = String(randomInt(10_000_000, 100_000_000))
    if (!(await work.get<PointPickupCodeDoc>('pointPickupCodes', code))) return code
  }
  throw new Error('no free pickup code after 20 attempts')
}

/** My orders, newest first. */
export async function myOrders({ data, caller }: HandlerContext<'points', 'myOrders'>): HandlerResult<'points', 'myOrders'> {
  const person = callerPerson(caller)
  if (!person.ok) return person
  const page = await pageBy<PointOrderDoc>('pointOrders', { personId: person.value.id }, { by: 'createdAt', direction: 'desc' }, data)
  if (!page.ok) return page
  return success(viewPage(page.value, toOrderView))
}

/** The owner cancels an order not yet collected: points back, stock back (once, however often asked). */
export async function cancelOrder({ data, caller }: HandlerContext<'points', 'cancelOrder'>): HandlerResult<'points', 'cancelOrder'> {
  const person = callerPerson(caller)
  if (!person.ok) return person
  return inTransactionFor(`account:${person.value.id}`, async (work): Promise<Result<{ order: OrderView; balance: number }>> => {
    const order = await work.get<PointOrderDoc>('pointOrders', data.orderId)
    if (!order || order.personId !== person.value.id) return failure('COMMON.NOT_FOUND')
    if (order.status !== 'pending') return failure('POINTS.ORDER_CLOSED')
    const balance = await refundOrder(work, order, 'cancelled', caller.openid)
    return success({ order: toOrderView(order), balance })
  })
}

async function orderByCode(pickupCode: string): Promise<PointOrderDoc | null> {
  const code = await findById<PointPickupCodeDoc>('pointPickupCodes', pickupCode)
  return code ? findById<PointOrderDoc>('pointOrders', code.orderId) : null
}

/** What a pickup code stands for, before handing the reward over. */
export async function lookupOrder({ data }: HandlerContext<'points', 'lookupOrder'>): HandlerResult<'points', 'lookupOrder'> {
  const order = await orderByCode(data.pickupCode)
  return order ? success({ order: toOrderView(order) }) : failure('POINTS.CODE_NOT_FOUND')
}

/** 核销: the reward is handed over; the order closes once (a second scan answers ORDER_CLOSED). */
export async function fulfil({ data, caller }: HandlerContext<'points', 'fulfil'>): HandlerResult<'points', 'fulfil'> {
  return inTransaction(async (work): Promise<Result<{ order: OrderView }>> => {
    const code = await work.get<PointPickupCodeDoc>('pointPickupCodes', data.pickupCode)
    const order = code ? await work.get<PointOrderDoc>('pointOrders', code.orderId) : null
    if (!order) return failure('POINTS.CODE_NOT_FOUND')
    if (order.status !== 'pending') return failure('POINTS.ORDER_CLOSED')
    work.patch('pointOrders', order._id, { status: 'fulfilled', closedAt: new Date(), closedByOpenid: caller.openid })
    work.audit(caller, 'points.fulfil', order._id, { pickupCode: data.pickupCode, rewardId: order.rewardId, quantity: order.quantity })
    return success({ order: toOrderView(order) })
  })
}

const SWEEP_BATCH = 100

/**
 * Refunds every pending order past its 30 days (what the daily timer runs; also callable by an admin).
 * Each order in its own transaction that checks it is still pending, so running twice — or alongside a
 * cancel or a fulfilment — refunds each order at most once.
 */
export async function expireDueOrders(now = new Date(), byOpenid: string | null = null): Promise<number> {
  let expired = 0
  for (;;) {
    const due = await findMany<PointOrderDoc>(
      'pointOrders',
      { status: 'pending', expiresAt: command().lt(now) },
      { orderBy: [['expiresAt', 'asc']], limit: SWEEP_BATCH },
    )
    for (const { _id } of due) {
      const done = await inTransaction(async (work) => {
        const order = await work.get<PointOrderDoc>('pointOrders', _id)
        if (!order || order.status !== 'pending' || new Date(order.expiresAt).getTime() >= now.getTime()) return false
        await refundOrder(work, order, 'expired', byOpenid)
        return true
      })
      if (done) expired++
    }
    if (due.length < SWEEP_BATCH) return expired
  }
}

export async function expireOrders({ caller }: HandlerContext<'points', 'expireOrders'>): HandlerResult<'points', 'expireOrders'> {
  const expired = await expireDueOrders(new Date(), caller.openid)
  if (expired) await writeAudit(caller, 'points.expireOrders', 'pointOrders', { expired })
  return success({ expired })
}
