import type { ActivityFields } from '../../../core/contract/activities'
import type { CareTeamDoc } from '../../../core/care/model'
import type { PartnerUnitDoc } from '../../../core/community/partners'
import type { OrgDoc } from '../../../core/model'
import { AUDIENCE_KIND_LABELS, audienceKeyOf, type Audience } from '../../../core/notices/audience'
import { failure, success, type Result } from '../../../core/result'
import type { ResolvedAudience } from '../../_core/audience'
import type { Caller } from '../../_core/caller'
import { findById, findByIds, findOne } from '../../_core/db'
import { leadsTeam } from '../../_core/teams'
import { activityAudience } from './access'

/** What an activity stores about who organises it besides its organiser: 主办 team, 协办 units. */
export interface OrganiserFields {
  teamId: string | null
  teamName: string | null
  coOrganizerIds: string[]
  coOrganizerNames: string[]
}

/**
 * The organising team named in the fields: it must exist and be active. `led`: the caller leads it
 * (their scope); a caller who neither leads it nor manages by the org tree may not name it.
 */
export async function organisingTeam(
  caller: Caller,
  teamId: string | null,
): Promise<Result<{ led: boolean; fields: Pick<OrganiserFields, 'teamId' | 'teamName'> }>> {
  if (!teamId) return success({ led: false, fields: { teamId: null, teamName: null } })
  const team = await findById<CareTeamDoc>('careTeams', teamId)
  if (!team || !team.active) return failure('ACTIVITY.UNKNOWN_TEAM', undefined, 'fields.teamId')
  const led = leadsTeam(caller, team)
  const manager = caller.role === 'admin' || caller.role === 'secretary'
  if (!led && !manager) return failure('ACTIVITY.TEAM_LEADER_ONLY', undefined, 'fields.teamId')
  return success({ led, fields: { teamId: team._id, teamName: team.name } })
}

/**
 * Whom a team leader's activity is for: the whole community (全体居民, scoped to the committee, so the
 * committee also manages it). A leader who is also a secretary or the admin may choose as they
 * otherwise could; a plain member has no org scope to choose in: ACTIVITY.TEAM_AUDIENCE.
 */
export async function teamAudience(caller: Caller, audience: Audience): Promise<Result<ResolvedAudience>> {
  if (audience.kind !== 'all') {
    if (caller.role === 'admin' || caller.role === 'secretary') return activityAudience(caller, audience)
    return failure('ACTIVITY.TEAM_AUDIENCE', undefined, 'fields.audience')
  }
  const committee = await findOne<OrgDoc>('orgs', { level: 'committee' })
  if (!committee) return failure('ORG.NOT_FOUND')
  return success({ audience, audienceKey: audienceKeyOf(audience), audienceLabel: AUDIENCE_KIND_LABELS.all, scopePath: [committee._id] })
}

/** 协办 partner units: every id must be a registered unit (nothing is written otherwise). */
export async function coOrganizersOf(
  ids: ActivityFields['coOrganizerIds'],
): Promise<Result<Pick<OrganiserFields, 'coOrganizerIds' | 'coOrganizerNames'>>> {
  if (!ids.length) return success({ coOrganizerIds: [], coOrganizerNames: [] })
  const units = await findByIds<PartnerUnitDoc>('partnerUnits', ids, { name: true })
  if (ids.some((id) => !units.has(id))) return failure('ACTIVITY.UNKNOWN_CO_ORGANIZER', undefined, 'fields.coOrganizerIds')
  return success({ coOrganizerIds: [...ids], coOrganizerNames: ids.map((id) => units.get(id)!.name) })
}
