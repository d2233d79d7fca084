import { useRef, useState } from 'react'
import type { ActivityFields } from '@core/contract'
import { appError, type AppError } from '@core/errors'
import { useLoad } from '../../../shared/useLoad'
import { newDraftId } from '../../notices/noticeForm'
import { cancelActivity, createActivity, fetchActivity, updateActivity } from '../../../services/activities'

export type EditOutcome = { ok: true; id: string; notified: number } | { ok: false; error: AppError }

/** Create a new activity or edit / cancel an existing one (`id` null: new). */
export function useActivityEditor(id: string | null) {
  const loaded = useLoad(id, () => fetchActivity(id ?? ''))
  const [busy, setBusy] = useState(false)
  const draftId = useRef(newDraftId())
  const activity = loaded.data?.activity ?? null

  const save = async (fields: ActivityFields): Promise<EditOutcome> => {
    setBusy(true)
    if (activity) {
      const reply = await updateActivity({ activityId: activity.id, version: activity.version, fields })
      setBusy(false)
      if (!reply.ok) return { ok: false, error: reply.error }
      loaded.setData({ activity: reply.data.activity })
      return { ok: true, id: reply.data.activity.id, notified: reply.data.notified }
    }
    const reply = await createActivity({ draftId: draftId.current, fields })
    setBusy(false)
    if (!reply.ok) return { ok: false, error: reply.error }
    return { ok: true, id: reply.data.activity.id, notified: 0 }
  }

  const cancel = async (reason: string): Promise<EditOutcome> => {
    if (!activity) return { ok: false, error: appError('COMMON.NOT_FOUND') }
    setBusy(true)
    const reply = await cancelActivity(activity.id, reason)
    setBusy(false)
    if (!reply.ok) return { ok: false, error: reply.error }
    loaded.setData({ activity: reply.data.activity })
    return { ok: true, id: activity.id, notified: reply.data.notified }
  }

  return { activity, loading: id !== null && loaded.loading, error: loaded.error, reload: loaded.reload, busy, save, cancel }
}
