import { AUDIENCE_KIND_LABELS, audienceKeyOf, type Audience } from '../../../core/notices/audience'
import type { OrgDoc } from '../../../core/model'
import type { NoticeDoc } from '../../../core/notices/model'
import { failure, success, type Result } from '../../../core/result'
import { managesOrgPath, type Caller } from '../../_core/caller'
import { findById, findOne } from '../../_core/db'

export interface ResolvedAudience {
  audience: Audience
  audienceKey: string
  audienceLabel: string
  scopePath: string[]
}

/** The committee: the root of the admin's (or anyone's) scope path. */
function committeeIdOf(caller: Caller): string {
  const scope = caller.scopeOrg!
  return scope.path[0] ?? scope._id
}

/**
 * Checks the caller may publish to `audience` and resolves what the notice stores about it.
 * Everyone and all members: the admin only. An org or a building: inside the caller's subtree.
 */
export async function resolveAudience(caller: Caller, audience: Audience): Promise<Result<ResolvedAudience>> {
  const base = { audience, audienceKey: audienceKeyOf(audience) }
  if (audience.kind === 'all' || audience.kind === 'members') {
    if (caller.role !== 'admin') return failure('NOTICE.AUDIENCE_NOT_ALLOWED')
    return success({ ...base, audienceLabel: AUDIENCE_KIND_LABELS[audience.kind], scopePath: [committeeIdOf(caller)] })
  }
  if (audience.kind === 'org') {
    const org = await findById<OrgDoc>('orgs', audience.orgId)
    if (!org) return failure('ORG.NOT_FOUND', undefined, 'fields.audience.orgId')
    const scopePath = [...org.path, org._id]
    if (!managesOrgPath(caller, scopePath)) return failure('NOTICE.AUDIENCE_NOT_ALLOWED')
    return success({ ...base, audienceLabel: org.name, scopePath })
  }
  const group = await findOne<OrgDoc>('orgs', { buildings: audience.building })
  if (!group) return failure('NOTICE.UNKNOWN_BUILDING', undefined, 'fields.audience.building')
  const scopePath = [...group.path, group._id]
  if (!managesOrgPath(caller, scopePath)) return failure('NOTICE.AUDIENCE_NOT_ALLOWED')
  return success({ ...base, audienceLabel: audience.building, scopePath })
}

/** The admin manages every notice; a secretary those whose audience lies inside their subtree. */
export function canManageNotice(caller: Caller, notice: Pick<NoticeDoc, 'scopePath'>): boolean {
  return managesOrgPath(caller, notice.scopePath)
}
