import { AUDIENCE_KIND_LABELS, audienceKeyOf, type Audience } from '../../../core/notices/audience'
import type { ActivityDoc } from '../../../core/activities/model'
import type { OrgDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { managesOrgPath, type Caller } from '../../_core/caller'
import { findById, findOne } from '../../_core/db'

export interface ResolvedAudience {
  audience: Audience
  audienceKey: string
  audienceLabel: string
  scopePath: string[]
}

/**
 * Checks the caller may hold an activity for `audience` and resolves what the activity stores.
 * Everyone and all members: the admin only. An org or a building: inside the caller's subtree.
 */
export async function resolveAudience(caller: Caller, audience: Audience): Promise<Result<ResolvedAudience>> {
  const base = { audience, audienceKey: audienceKeyOf(audience) }
  if (audience.kind === 'all' || audience.kind === 'members') {
    if (caller.role !== 'admin' || !caller.scopeOrg) return failure('ACTIVITY.AUDIENCE_NOT_ALLOWED')
    const committee = caller.scopeOrg.path[0] ?? caller.scopeOrg._id
    return success({ ...base, audienceLabel: AUDIENCE_KIND_LABELS[audience.kind], scopePath: [committee] })
  }
  if (audience.kind === 'org') {
    const org = await findById<OrgDoc>('orgs', audience.orgId)
    if (!org) return failure('ORG.NOT_FOUND', undefined, 'fields.audience.orgId')
    const scopePath = [...org.path, org._id]
    if (!managesOrgPath(caller, scopePath)) return failure('ACTIVITY.AUDIENCE_NOT_ALLOWED')
    return success({ ...base, audienceLabel: org.name, scopePath })
  }
  const group = await findOne<OrgDoc>('orgs', { buildings: audience.building })
  if (!group) return failure('COMMON.VALIDATION', '没有负责该楼栋的党小组', 'fields.audience.building')
  const scopePath = [...group.path, group._id]
  if (!managesOrgPath(caller, scopePath)) return failure('ACTIVITY.AUDIENCE_NOT_ALLOWED')
  return success({ ...base, audienceLabel: audience.building, scopePath })
}

/** The admin manages every activity; a secretary those they organise or whose audience is in their subtree. */
export function canManage(caller: Caller, activity: Pick<ActivityDoc, 'scopePath' | 'organizerOpenid'>): boolean {
  if (caller.role !== 'admin' && caller.role !== 'secretary') return false
  return activity.organizerOpenid === caller.openid || managesOrgPath(caller, activity.scopePath)
}

/** The activity if the caller manages it; otherwise NOT_FOUND (a secretary outside learns nothing). */
export async function managedActivity(caller: Caller, activityId: string): Promise<Result<ActivityDoc>> {
  const activity = await findById<ActivityDoc>('activities', activityId)
  if (!activity || !canManage(caller, activity)) return failure('COMMON.NOT_FOUND')
  return success(activity)
}
