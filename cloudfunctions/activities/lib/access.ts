import type { ActivityDoc } from '../../../core/activities/model'
import type { Audience } from '../../../core/notices/audience'
import { failure, success, type Result } from '../../../core/result'
import { resolveAudience, type ResolvedAudience } from '../../_core/audience'
import { managesOrgPath, type Caller } from '../../_core/caller'
import { findById } from '../../_core/db'
import { teamLedBy } from '../../_core/teams'

/** Whom an activity may be for: everyone and all members only by the admin; else inside the caller's subtree. */
export function activityAudience(caller: Caller, audience: Audience): Promise<Result<ResolvedAudience>> {
  return resolveAudience(caller, audience, {
    notAllowed: 'ACTIVITY.AUDIENCE_NOT_ALLOWED',
    unknownBuilding: failure('COMMON.VALIDATION', '没有负责该楼栋的党小组', 'fields.audience.building'),
  })
}

/** By the org tree: the admin manages every activity; a secretary those they organise or whose audience is in their subtree. */
export function canManage(caller: Caller, activity: Pick<ActivityDoc, 'scopePath' | 'organizerOpenid'>): boolean {
  if (caller.role !== 'admin' && caller.role !== 'secretary') return false
  return activity.organizerOpenid === caller.openid || managesOrgPath(caller, activity.scopePath)
}

/** canManage, or the caller leads the activity's volunteer team (a team leader's scope is exactly the team). */
export async function managesActivity(
  caller: Caller,
  activity: Pick<ActivityDoc, 'scopePath' | 'organizerOpenid' | 'teamId'>,
): Promise<boolean> {
  if (canManage(caller, activity)) return true
  return !!activity.teamId && !!(await teamLedBy(caller, activity.teamId))
}

/** The activity if the caller manages it; otherwise NOT_FOUND (a secretary or team leader outside learns nothing). */
export async function managedActivity(caller: Caller, activityId: string): Promise<Result<ActivityDoc>> {
  const activity = await findById<ActivityDoc>('activities', activityId)
  if (!activity || !(await managesActivity(caller, activity))) return failure('COMMON.NOT_FOUND')
  return success(activity)
}
