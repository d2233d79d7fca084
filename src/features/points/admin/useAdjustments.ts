import { useRef, useState } from 'react'
import type { AppError } from '@core/errors'
import type { PersonHit } from '@core/contract'
import { useLoad } from '../../../shared/useLoad'
import { usePagedList } from '../../../shared/usePagedList'
import {
  adjustPoints,
  approveAdjustment,
  fetchAdjustments,
  fetchPointsSettings,
  findPeople,
  updatePointsSettings,
} from '../../../services/points'
import { newRequestId } from '../requestId'

/**
 * 积分调整: the approval threshold, finding a person, adding or removing points with a reason, and the
 * adjustments waiting for a second admin.
 */
export function useAdjustments() {
  const settings = useLoad('points-settings', fetchPointsSettings)
  const pending = usePagedList('pending-adjustments', (cursor) => fetchAdjustments('pending', cursor))
  const [hits, setHits] = useState<PersonHit[] | null>(null)
  const [person, setPerson] = useState<PersonHit | null>(null)
  const requestId = useRef(newRequestId())

  const search = async (name: string): Promise<AppError | null> => {
    const reply = await findPeople(name)
    if (!reply.ok) return reply.error
    setHits(reply.data.items)
    return null
  }

  const submit = async (amount: number, reason: string): Promise<{ error: AppError | null; status?: string }> => {
    if (!person) return { error: null }
    const reply = await adjustPoints({ requestId: requestId.current, personId: person.id, amount, reason })
    if (!reply.ok) {
      if (reply.error.code !== 'COMMON.INTERNAL') requestId.current = newRequestId()
      return { error: reply.error }
    }
    requestId.current = newRequestId()
    setPerson(null)
    setHits(null)
    await pending.reload()
    return { error: null, status: reply.data.adjustment.status }
  }

  const decide = async (adjustmentId: string, decision: 'approve' | 'reject', reason?: string): Promise<AppError | null> => {
    const reply = await approveAdjustment(reason ? { adjustmentId, decision, reason } : { adjustmentId, decision })
    if (!reply.ok) return reply.error
    pending.removeItem((a) => a.id === adjustmentId)
    return null
  }

  const setThreshold = async (value: number): Promise<AppError | null> => {
    const reply = await updatePointsSettings(value)
    if (!reply.ok) return reply.error
    settings.setData(reply.data)
    return null
  }

  return { settings, pending, hits, person, setPerson, search, submit, decide, setThreshold }
}
