import type { PointOrderDoc, PointRedeemCountDoc, PointRewardDoc } from '../../../core/points/model'
import { postInTx } from '../../_core/ledger'
import type { TxWork } from '../../_core/transaction'

/**
 * Closes a pending order without handing it over (cancelled by its owner, or expired after 30 days):
 * inside the caller's transaction the points come back (key `refund:<orderId>`, exactly once), the
 * stock and the person's monthly count are restored and the order is closed.
 */
export async function refundOrder(
  work: TxWork,
  order: PointOrderDoc,
  status: 'cancelled' | 'expired',
  byOpenid: string | null,
): Promise<number> {
  const reward = await work.get<PointRewardDoc>('pointRewards', order.rewardId)
  const counterId = `${order.personId}:${order.rewardId}:${order.month}`
  const counter = await work.get<PointRedeemCountDoc>('pointRedeemCounts', counterId)
  const posted = await postInTx(work, {
    key: `refund:${order._id}`,
    accountId: order.personId,
    amount: order.amount,
    kind: 'refund',
    reason: status === 'cancelled' ? `取消兑换「${order.rewardName}」，积分退回` : `兑换「${order.rewardName}」超过 30 天未领取，积分退回`,
    ref: order._id,
  })
  if (!posted.ok) throw new Error(`refund of ${order._id} refused: ${posted.error.code}`)
  if (reward) work.patch('pointRewards', reward._id, { stock: reward.stock + order.quantity })
  if (counter) work.patch('pointRedeemCounts', counterId, { count: Math.max(0, counter.count - order.quantity) })
  work.patch('pointOrders', order._id, { status, closedAt: new Date(), closedByOpenid: byOpenid })
  return posted.value.balance
}
