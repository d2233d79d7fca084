import { createHash, randomBytes } from 'crypto'
import type { PointRewardDoc, PointStockHoldDoc, StockHold } from '../../../core/points/model'
import { failure, success, type Result } from '../../../core/result'
import { command, findById, findMany, insert, updateWhere } from '../../_core/db'
import { isDuplicateKeyError } from '../../_core/db-errors'
import type { TxWork } from '../../_core/transaction'

/**
 * A reward's stock is taken before the redemption's money transaction, by one atomic conditional
 * update of the reward (`stock ≥ quantity` → `stock − quantity`, and the hold recorded on the reward
 * under the order's key) — so redemptions of one reward no longer queue behind each other's
 * transactions, and stock is never oversold. The hold is crash-safe because its fate is one document,
 * `pointStockHolds/<orderId>#<nonce>`, which only one side can insert:
 * - the redemption's transaction inserts it as `used`, together with the order;
 * - a release (the redemption was refused, or failed, or a sweep finds the hold older than
 *   STOCK_HOLD_TTL_MS — the process died in between) inserts it as `released`, then gives the stock
 *   back and drops the hold in one atomic update of the reward.
 * If the release came first, the transaction's insert fails and it reruns on a new hold; if the order
 * came first, the release only drops the hold. Either way each hold's stock is counted once.
 */
export const STOCK_HOLD_TTL_MS = 60_000

export interface Hold {
  rewardId: string
  key: string
  orderId: string
  quantity: number
  nonce: string
}

/** The hold's field name on the reward (order ids hold `:` and the client's request id). */
function holdKey(orderId: string): string {
  return `h${createHash('sha1').update(orderId).digest('hex').slice(0, 24)}`
}

function outcomeId(hold: Hold): string {
  return `${hold.orderId}#${hold.nonce}`
}

/**
 * Takes `quantity` of the reward's stock for `orderId`. A hold already open for the same order (the
 * same request sent twice at once, or again after a crash) is taken over rather than taken twice.
 */
export async function holdStock(rewardId: string, orderId: string, quantity: number): Promise<Result<Hold>> {
  const _ = command()
  const key = holdKey(orderId)
  const nonce = randomBytes(6).toString('hex')
  const held: StockHold = { orderId, quantity, nonce, at: new Date() }
  const taken = await updateWhere(
    'pointRewards',
    { _id: rewardId, active: true, stock: _.gte(quantity), [`holds.${key}`]: _.exists(false) },
    { stock: _.inc(-quantity), [`holds.${key}`]: held },
  )
  if (taken === 1) return success({ rewardId, key, orderId, quantity, nonce })
  const reward = await findById<PointRewardDoc>('pointRewards', rewardId)
  if (!reward) return failure('COMMON.NOT_FOUND')
  const open = reward.holds?.[key]
  if (open) return success({ rewardId, key, orderId, quantity: open.quantity, nonce: open.nonce })
  if (!reward.active) return failure('POINTS.REWARD_UNAVAILABLE')
  return failure('POINTS.OUT_OF_STOCK')
}

/**
 * Inside the redemption's transaction, among its reads: false when the hold was released meanwhile
 * (the redemption then needs a new one).
 */
export async function holdOpen(work: TxWork, hold: Hold): Promise<boolean> {
  return !(await work.get<PointStockHoldDoc>('pointStockHolds', outcomeId(hold)))
}

/** Among the transaction's writes: the hold is used by the order (fails the commit if released first). */
export function useHold(work: TxWork, hold: Hold): void {
  work.create('pointStockHolds', outcomeId(hold), {
    rewardId: hold.rewardId,
    orderId: hold.orderId,
    quantity: hold.quantity,
    outcome: 'used',
    at: new Date(),
  })
}

/** After the order committed: the hold is done (its stock stays taken). */
export async function settleHold(hold: Hold): Promise<void> {
  await updateWhere(
    'pointRewards',
    { _id: hold.rewardId, [`holds.${hold.key}.nonce`]: hold.nonce },
    { [`holds.${hold.key}`]: command().remove() },
  )
}

/**
 * Gives a hold's stock back unless its order used it (then only drops the hold). Safe to repeat, and
 * safe alongside the redemption's own transaction (see above).
 */
export async function releaseHold(hold: Hold): Promise<'released' | 'used'> {
  const decided = await insert('pointStockHolds', {
    _id: outcomeId(hold),
    rewardId: hold.rewardId,
    orderId: hold.orderId,
    quantity: hold.quantity,
    outcome: 'released',
    at: new Date(),
  }).then(
    () => null,
    (error: unknown) => {
      if (!isDuplicateKeyError(error)) throw error
      return findById<PointStockHoldDoc>('pointStockHolds', outcomeId(hold))
    },
  )
  if (decided?.outcome === 'used') {
    await settleHold(hold)
    return 'used'
  }
  await updateWhere(
    'pointRewards',
    { _id: hold.rewardId, [`holds.${hold.key}.nonce`]: hold.nonce },
    { stock: command().inc(hold.quantity), [`holds.${hold.key}`]: command().remove() },
  )
  return 'released'
}

function holdTtlMs(): number {
  const fromEnv = Number(process.env.HONGLIN_STOCK_HOLD_TTL_MS)
  return Number.isFinite(fromEnv) && process.env.HONGLIN_STOCK_HOLD_TTL_MS !== '' && fromEnv >= 0 ? fromEnv : STOCK_HOLD_TTL_MS
}

/**
 * Settles every hold older than the TTL (the daily timer and 对账 run it): a redemption that died
 * between taking the stock and its transaction gives the stock back; one whose order committed but
 * which died before dropping the hold only drops it. Returns how many holds gave stock back.
 */
export async function releaseStaleHolds(now = new Date()): Promise<number> {
  const before = now.getTime() - holdTtlMs()
  let released = 0
  let last = ''
  for (;;) {
    const rewards = await findMany<PointRewardDoc>('pointRewards', last ? { _id: command().gt(last) } : {}, {
      orderBy: [['_id', 'asc']],
      limit: 100,
      fields: { _id: true, holds: true },
    })
    for (const reward of rewards) {
      for (const [key, open] of Object.entries(reward.holds ?? {})) {
        if (!open || new Date(open.at).getTime() > before) continue
        const hold = { rewardId: reward._id, key, orderId: open.orderId, quantity: open.quantity, nonce: open.nonce }
        if ((await releaseHold(hold)) === 'released') released++
      }
    }
    if (rewards.length < 100) return released
    last = rewards[rewards.length - 1]._id
  }
}
