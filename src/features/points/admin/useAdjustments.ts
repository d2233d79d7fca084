import { useRef, useState } from 'react'
import type { PersonHit } from '@core/contract'
import {
  adjustPoints,
  approveAdjustment,
  fetchAdjustments,
  fetchPointsSettings,
  findPeople,
  updatePointsSettings,
  withdrawAdjustment,
} from '../../../services/points'
import { newAttemptId } from '../../../shared/attemptId'
import { afterOk, isRetryable } from '../../../shared/outcome'
import { useLoad } from '../../../shared/useLoad'
import { usePagedList } from '../../../shared/usePagedList'
import { useWrite } from '../../../shared/useWrite'

/**
 * 积分调整: the approval threshold, finding a person, adding or removing points with a reason, and the
 * adjustments waiting for a second approver. A secretary sees the waiting ones only while the rule
 * makes secretaries second approvers (the committee has one admin); nothing is loaded otherwise.
 */
export function useAdjustments(isAdmin: boolean) {
  const settings = useLoad('points-settings', fetchPointsSettings)
  const reviews = isAdmin || settings.data?.secondApprover === 'secretary'
  const pending = usePagedList(reviews ? 'pending-adjustments' : null, (cursor) => fetchAdjustments('pending', cursor))
  const [hits, setHits] = useState<PersonHit[] | null>(null)
  const [person, setPerson] = useState<PersonHit | null>(null)
  const requestId = useRef(newAttemptId())
  const write = useWrite()

  const search = (name: string) => write.run(async () => afterOk(await findPeople(name), (data) => setHits(data.items)), 'search')

  /** Answers the adjustment's status: pending (waits for a second admin) or applied. */
  const submit = (personId: string, amount: number, reason: string) =>
    write.run(async () => {
      const reply = await adjustPoints({ requestId: requestId.current, personId, amount, reason })
      // A refusal is final for this attempt; a network failure keeps the id for the retry.
      if (!isRetryable(reply)) requestId.current = newAttemptId()
      return afterOk(reply, async (data) => {
        setPerson(null)
        setHits(null)
        await pending.reload()
        return data.adjustment.status
      })
    }, 'submit')

  const decide = (adjustmentId: string, decision: 'approve' | 'reject', reason?: string) =>
    write.run(
      async () =>
        afterOk(await approveAdjustment(reason ? { adjustmentId, decision, reason } : { adjustmentId, decision }), () =>
          pending.removeItem((a) => a.id === adjustmentId),
        ),
      adjustmentId,
    )

  /** The proposer takes back a waiting adjustment. */
  const withdraw = (adjustmentId: string) =>
    write.run(
      async () => afterOk(await withdrawAdjustment(adjustmentId), () => pending.removeItem((a) => a.id === adjustmentId)),
      adjustmentId,
    )

  const setThreshold = (value: number) => write.run(async () => afterOk(await updatePointsSettings(value), settings.setData), 'threshold')

  return { settings, reviews, pending, hits, person, setPerson, search, submit, decide, withdraw, setThreshold, busyWith: write.busyWith }
}
