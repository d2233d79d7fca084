import { useRef, useState } from 'react'
import type { AppError } from '@core/errors'
import type { RewardView } from '@core/contract'
import { useLoad } from '../../shared/useLoad'
import { fetchPointsAccount, fetchRewards, redeemReward } from '../../services/points'
import { newRequestId } from './requestId'

/**
 * 公益集市: the catalogue and my balance, and redeeming. One attempt keeps its requestId until it
 * succeeds or is refused, so pressing again after a timeout never redeems twice.
 */
export function useRewards() {
  const rewards = useLoad('rewards', () => fetchRewards())
  const account = useLoad('account', fetchPointsAccount)
  const attempt = useRef<{ key: string; requestId: string } | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)

  const redeem = async (reward: RewardView, quantity: number): Promise<{ error: AppError | null; pickupCode?: string }> => {
    const key = `${reward.id}:${quantity}`
    if (attempt.current?.key !== key) attempt.current = { key, requestId: newRequestId() }
    setBusyId(reward.id)
    const reply = await redeemReward({ rewardId: reward.id, quantity, requestId: attempt.current.requestId })
    setBusyId(null)
    if (!reply.ok) {
      // A refusal is final for this attempt; a network failure keeps the id for the retry.
      if (reply.error.code !== 'COMMON.INTERNAL') attempt.current = null
      return { error: reply.error }
    }
    attempt.current = null
    await Promise.all([rewards.reload(), account.reload()])
    return { error: null, pickupCode: reply.data.order.pickupCode }
  }

  const reload = async () => {
    await Promise.all([rewards.reload(), account.reload()])
  }
  return { rewards, account, redeem, busyId, reload }
}
