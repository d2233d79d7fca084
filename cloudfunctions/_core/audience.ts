import type { ErrorCode } from '../../core/errors'
import type { OrgDoc } from '../../core/model'
import { AUDIENCE_KIND_LABELS, audienceKeyOf, type Audience } from '../../core/notices/audience'
import { failure, success, type Result } from '../../core/result'
import { managesOrgPath, type Caller } from './caller'
import { findById, findOne } from './db'

/** What a notice or an activity stores about whom it is for. */
export interface ResolvedAudience {
  audience: Audience
  audienceKey: string
  audienceLabel: string
  /** The org subtree it belongs to: who manages it, and whose statistics it counts in. */
  scopePath: string[]
}

/**
 * Checks the caller may address `audience` and resolves what is stored about it. Everyone and all
 * members: the admin only (scoped to the whole committee). An org or a building: inside the caller's
 * subtree. `notAllowed` and `unknownBuilding` are the area's own answers.
 */
export async function resolveAudience(
  caller: Caller,
  audience: Audience,
  answers: { notAllowed: ErrorCode; unknownBuilding: Result<never> },
): Promise<Result<ResolvedAudience>> {
  const base = { audience, audienceKey: audienceKeyOf(audience) }
  if (audience.kind === 'all' || audience.kind === 'members') {
    if (caller.role !== 'admin' || !caller.scopeOrg) return failure(answers.notAllowed)
    const committee = caller.scopeOrg.path[0] ?? caller.scopeOrg._id
    return success({ ...base, audienceLabel: AUDIENCE_KIND_LABELS[audience.kind], scopePath: [committee] })
  }
  const org =
    audience.kind === 'org'
      ? await findById<OrgDoc>('orgs', audience.orgId)
      : await findOne<OrgDoc>('orgs', { buildings: audience.building })
  if (!org) return audience.kind === 'org' ? failure('ORG.NOT_FOUND', undefined, 'fields.audience.orgId') : answers.unknownBuilding
  const scopePath = [...org.path, org._id]
  if (!managesOrgPath(caller, scopePath)) return failure(answers.notAllowed)
  return success({ ...base, audienceLabel: audience.kind === 'org' ? org.name : audience.building, scopePath })
}
