import { useRef } from 'react'
import type { ActivityFields } from '@core/contract'
import { appError } from '@core/errors'
import { cancelActivity, createActivity, fetchActivity, updateActivity } from '../../../services/activities'
import { afterOk, type Outcome } from '../../../shared/outcome'
import { newAttemptId } from '../../../shared/attemptId'
import { useRecordEditor } from '../../../shared/useRecordEditor'
import { emptyActivityForm, formFromActivity } from './activityForm'

/** What a save or a cancellation says back: the activity's id and how many people were told. */
export type ActivityWritten = { id: string; notified: number }

/**
 * Create a new activity or edit / cancel an existing one (`id` null: new). `teamId`: a new activity
 * of that volunteer team (its leader's 发起活动), for everyone in the community.
 */
export function useActivityEditor(id: string | null, teamId: string | null = null) {
  const editor = useRecordEditor(id, {
    load: fetchActivity,
    recordOf: (data) => data.activity,
    formOf: formFromActivity,
    empty: () => (teamId ? emptyActivityForm('all', teamId) : emptyActivityForm('org')),
    titles: { create: '发布活动', edit: '修改活动' },
  })
  // A retried publish (a lost reply) is the same activity.
  const draftId = useRef(newAttemptId())
  const activity = editor.record

  const save = async (fields: ActivityFields): Promise<Outcome<ActivityWritten>> => {
    if (!activity)
      return afterOk(await editor.run(() => createActivity({ draftId: draftId.current, fields })), (data) => ({
        id: data.activity.id,
        notified: 0,
      }))
    const reply = await editor.writeRecord(() => updateActivity({ activityId: activity.id, version: activity.version, fields }))
    return afterOk(reply, (data) => ({ id: data.activity.id, notified: data.notified }))
  }

  const cancel = async (reason: string): Promise<Outcome<ActivityWritten>> => {
    if (!activity) return { ok: false, error: appError('COMMON.NOT_FOUND') }
    const reply = await editor.writeRecord(() => cancelActivity(activity.id, reason))
    return afterOk(reply, (data) => ({ id: activity.id, notified: data.notified }))
  }

  return { ...editor, activity, save, cancel }
}
