import { randomInt } from 'crypto'
import type { OrderView, RedeemResponse } from '../../../core/contract/points'
import {
  ORDER_EXPIRY_DAYS,
  type PointAccountDoc,
  type PointOrderDoc,
  type PointRedeemCountDoc,
  type PointRewardDoc,
} from '../../../core/points/model'
import { monthOf } from '../../../core/points/posting'
import { failure, success, type Result } from '../../../core/result'
import { writeAudit } from '../../_core/audit'
import type { DataOf, HandlerContext, HandlerResult } from '../../_core/create-function'
import { command, findById, findMany } from '../../_core/db'
import { postInTx, postingLane } from '../../_core/ledger'
import { pairedPersonFor } from '../../_core/pairing'
import { inTransaction, inTransactionFor, type TxWork } from '../../_core/transaction'
import { pageBy, viewPage } from '../../_core/paging'
import { callerPerson } from '../lib/person'
import { refundOrder } from '../lib/refund'
import { holdOpen, holdStock, releaseHold, settleHold, useHold, type Hold } from '../lib/stock'
import { toOrderView } from '../lib/views'

/**
 * 兑换: the reward's stock is held first by one atomic conditional update (lib/stock.ts: never
 * oversold, crash-safe), then one transaction counts the person's month, spends the points (ledger
 * key `redeem:<personId>:<requestId>`, also the order's `_id`) and writes the order with a pickup
 * code and the hold's outcome. The same requestId again — ten times in parallel or after a timeout —
 * finds the order and changes nothing; a short balance or monthly allowance refuses the whole thing
 * and gives the held stock back. Redemptions of one reward run side by side (the reward is not written
 * in the transaction); they go through the lane of the person's shard, as postings do (_core/ledger).
 */
export async function redeem({ data, caller }: HandlerContext<'points', 'redeem'>): HandlerResult<'points', 'redeem'> {
  const self = callerPerson(caller)
  if (!self.ok) return self
  // On behalf: a 结对 helper spends their elder's points, and the order says so.
  const elder = data.forPersonId && data.forPersonId !== self.value.id ? await pairedPersonFor(caller.member, data.forPersonId) : null
  if (data.forPersonId && data.forPersonId !== self.value.id && !elder) return failure('PAIRING.NOT_YOUR_ELDER')
  const holder = elder ?? self.value
  const personId = holder.id
  const orderId = `redeem:${personId}:${data.requestId}`
  // No read for the order first: the same request again takes a hold, its transaction finds the entry
  // and the order and the hold goes back — one request fewer on every first try, more on the rare retry.
  for (let attempt = 0; attempt < 3; attempt++) {
    const hold = await holdStock(data.rewardId, orderId, data.quantity)
    if (!hold.ok) {
      // Sold out or withdrawn since: a request that already got its order still gets it.
      const done = await findById<PointOrderDoc>('pointOrders', orderId)
      return done ? answered(done, personId) : hold
    }
    let outcome: Result<RedeemResponse> | 'hold lost'
    try {
      outcome = await inTransactionFor(postingLane(personId), (work) =>
        redeemInTx(work, data, { ...holder, helper: elder ? self.value : null }, orderId, hold.value),
      )
    } catch (error) {
      await releaseHold(hold.value)
      throw error
    }
    if (outcome === 'hold lost') continue
    if (outcome.ok && outcome.value.created) await settleHold(hold.value)
    else await releaseHold(hold.value)
    return outcome
  }
  return failure('COMMON.BUSY')
}

async function answered(order: PointOrderDoc, personId: string): Promise<Result<RedeemResponse>> {
  const account = await findById<PointAccountDoc>('pointAccounts', personId)
  return success({ order: toOrderView(order), balance: account?.balance ?? 0, created: false })
}

/**
 * The redemption's transaction, on stock already held; 'hold lost' when a sweep released the hold
 * first. Its first run reads neither the order nor the hold's outcome: the same request done before
 * finds its ledger entry (and then the order), a concurrent identical request or a release that got
 * there first makes its inserts fail, and the rerun reads both. A refusal on the first run looks for
 * the order once (the same request may have just used up the allowance); a short balance is checked
 * against the ledger entry by the posting itself.
 */
async function redeemInTx(
  work: TxWork,
  data: DataOf<'points', 'redeem'>,
  person: { id: string; name: string; helper: { id: string; name: string } | null },
  orderId: string,
  hold: Hold,
): Promise<Result<RedeemResponse> | 'hold lost'> {
  const made = async () => {
    const existing = await work.get<PointOrderDoc>('pointOrders', orderId)
    if (!existing) return null
    const account = await work.get<PointAccountDoc>('pointAccounts', person.id)
    return success({ order: toOrderView(existing), balance: account?.balance ?? 0, created: false })
  }
  const refuse = async (refusal: Result<never>) => (work.attempt === 1 ? ((await made()) ?? refusal) : refusal)
  if (work.attempt > 1) {
    const found = await made()
    if (found) return found
    if (!(await holdOpen(work, hold))) return 'hold lost'
  }
  const reward = await work.get<PointRewardDoc>('pointRewards', data.rewardId)
  if (!reward) return failure('COMMON.NOT_FOUND')
  const now = new Date()
  const month = monthOf(now)
  const counterId = `${person.id}:${reward._id}:${month}`
  const counter = await work.get<PointRedeemCountDoc>('pointRedeemCounts', counterId)
  if ((counter?.count ?? 0) + data.quantity > reward.monthlyLimit) return refuse(failure('POINTS.MONTHLY_LIMIT'))

  const amount = reward.price * data.quantity
  const posted = await postInTx(work, {
    key: orderId,
    accountId: person.id,
    amount: -amount,
    kind: 'redeem',
    reason: `兑换「${reward.name}」×${data.quantity}${person.helper ? `（${person.helper.name}代兑）` : ''}`,
    ref: reward._id,
  })
  // A refused posting has looked for its entry; without the entry there is no order (they commit together).
  if (!posted.ok) return posted
  if (!posted.value.applied) {
    // The entry and the order commit together: the same request got there first.
    const found = await made()
    if (!found) throw new Error(`redemption ${orderId} has a ledger entry but no order`)
    return found
  }
  useHold(work, hold)
  if (counter) work.patch('pointRedeemCounts', counterId, { count: counter.count + data.quantity })
  else work.create('pointRedeemCounts', counterId, { count: data.quantity })
  // A random code, unique by the orders' index: the rare taken one fails the order's insert at
  // commit, and the transaction reruns with another code (TxWork.drawn).
  const pickupCode = String(randomInt(10_000_000, 100_000_000))
  work.drawn('pickupCode')
  const order = work.create<PointOrderDoc>('pointOrders', orderId, {
    personId: person.id,
    personName: person.name,
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
    ...(person.helper ? { byHelperId: person.helper.id, byHelperName: person.helper.name } : {}),
  })
  return success({ order: toOrderView(order), balance: posted.value.balance, created: true })
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
  return inTransactionFor(postingLane(person.value.id), async (work): Promise<Result<{ order: OrderView; balance: number }>> => {
    const order = await work.get<PointOrderDoc>('pointOrders', data.orderId)
    if (!order || order.personId !== person.value.id) return failure('COMMON.NOT_FOUND')
    if (order.status !== 'pending') return failure('POINTS.ORDER_CLOSED')
    const balance = await refundOrder(work, order, 'cancelled', caller.openid)
    return success({ order: toOrderView(order), balance })
  })
}

/** The order a pickup code belongs to (the orders' unique index `pickupCode`). */
async function orderByCode(pickupCode: string): Promise<PointOrderDoc | null> {
  const [order] = await findMany<PointOrderDoc>('pointOrders', { pickupCode }, { limit: 1 })
  return order ?? null
}

/** What a pickup code stands for, before handing the reward over. */
export async function lookupOrder({ data }: HandlerContext<'points', 'lookupOrder'>): HandlerResult<'points', 'lookupOrder'> {
  const order = await orderByCode(data.pickupCode)
  return order ? success({ order: toOrderView(order) }) : failure('POINTS.CODE_NOT_FOUND')
}

/** 核销: the reward is handed over; the order closes once (a second scan answers ORDER_CLOSED). */
export async function fulfil({ data, caller }: HandlerContext<'points', 'fulfil'>): HandlerResult<'points', 'fulfil'> {
  // A transaction addresses documents by id only: the code is looked up first, the order then read in it.
  const found = await orderByCode(data.pickupCode)
  if (!found) return failure('POINTS.CODE_NOT_FOUND')
  return inTransaction(async (work): Promise<Result<{ order: OrderView }>> => {
    const order = await work.get<PointOrderDoc>('pointOrders', found._id)
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
