import { useRef } from 'react'
import type { RewardView } from '@core/contract'
import { fetchPointsAccount, fetchRewards, redeemReward } from '../../services/points'
import { newAttemptId } from '../../shared/attemptId'
import { afterOk, isRetryable, type Outcome } from '../../shared/outcome'
import { useLoad } from '../../shared/useLoad'
import { useWrite } from '../../shared/useWrite'

/**
 * 公益集市: the catalogue and my balance, and redeeming. One attempt keeps its requestId until it
 * succeeds or is refused, so pressing again after a timeout never redeems twice. With `forPersonId`
 * a helper redeems for their paired elder (代兑).
 */
export function useRewards(forPersonId: string | null = null) {
  const rewards = useLoad('rewards', () => fetchRewards())
  const account = useLoad('account', fetchPointsAccount)
  const attempt = useRef<{ key: string; requestId: string } | null>(null)
  const write = useWrite()

  const reload = async () => {
    await Promise.all([rewards.reload(), account.reload()])
  }

  /** Answers the pickup code of the new order. */
  const redeem = (reward: RewardView, quantity: number): Promise<Outcome<string>> => {
    const key = `${reward.id}:${quantity}`
    if (attempt.current?.key !== key) attempt.current = { key, requestId: newAttemptId() }
    const { requestId } = attempt.current
    return write.run(async () => {
      // A 结对 helper redeeming for their elder: the elder's points and order (the server checks the pairing).
      const reply = await redeemReward({ rewardId: reward.id, quantity, requestId, ...(forPersonId ? { forPersonId } : {}) })
      // A refusal is final for this attempt; a network failure keeps the id for the retry.
      if (!isRetryable(reply)) attempt.current = null
      return afterOk(reply, async (data) => {
        await reload()
        return data.order.pickupCode
      })
    }, reward.id)
  }

  return { rewards, account, redeem, busyId: write.busyWith, reload }
}
