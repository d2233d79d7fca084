import { MEETING_KINDS } from '../../../core/contract/activities'
import type { ActivityDoc, ActivityRecordDoc } from '../../../core/activities/model'
import { failure, success, type Result } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import { findById } from '../../_core/db'
import { managedActivity } from './access'
import { timesOfDoc } from './dates'

/** A meeting the caller manages, not cancelled. */
export async function managedMeeting(caller: Caller, activityId: string): Promise<Result<ActivityDoc>> {
  const managed = await managedActivity(caller, activityId)
  if (!managed.ok) return managed
  const activity = timesOfDoc(managed.value)
  if (!MEETING_KINDS.includes(activity.kind)) return failure('ACTIVITY.NOT_A_MEETING')
  if (activity.status === 'cancelled') return failure('ACTIVITY.CANCELLED')
  return success(activity)
}

/** Whether the register may still change: not while signed off (a correction reopens it, with a reason). */
export async function unlocked(activityId: string): Promise<boolean> {
  const record = await findById<ActivityRecordDoc>('activityRecords', activityId)
  return (record?.lock ?? 'open') !== 'signed'
}

/** A meeting the caller can see as a member: a meeting kind, else NOT_FOUND. */
export async function meetingForMember(activityId: string): Promise<Result<ActivityDoc>> {
  const stored = await findById<ActivityDoc>('activities', activityId)
  if (!stored || !MEETING_KINDS.includes(stored.kind)) return failure('COMMON.NOT_FOUND')
  return success(timesOfDoc(stored))
}
