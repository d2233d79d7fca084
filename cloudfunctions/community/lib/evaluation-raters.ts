import type { EvaluationRaterChoices } from '../../../core/contract/govern'
import type { PartnerRater, ResidentRater } from '../../../core/community/evaluation'
import type { PartnerUnitDoc } from '../../../core/community/partners'
import type { MemberDoc, OrgDoc, ResidentDoc, UserDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { command, findByIds, findMany, type Filter } from '../../_core/db'

const CHOICES_MAX = 200

/** An org and every org below it. */
export function subtreeOf(org: OrgDoc): Promise<OrgDoc[]> {
  return findMany<OrgDoc>('orgs', command().or([{ _id: org._id }, { path: org._id }]) as unknown as Filter, { limit: 100 })
}

/**
 * Registered residents of the org's buildings who rate under their resident id: their account is
 * theirs (bound to the registration) and is not a member's (a member rates as a member, or not at all).
 */
async function residentsWithOwnAccount(filter: Filter, limit: number): Promise<ResidentDoc[]> {
  const residents = await findMany<ResidentDoc>('residents', filter, { orderBy: [['building', 'asc']], limit })
  const users = await findByIds<UserDoc>(
    'users',
    residents.map((r) => r.openid),
    { residentId: true, memberId: true },
  )
  return residents.filter((r) => {
    const user = users.get(r.openid)
    return !!r.openid && user?.residentId === r._id && !user.memberId
  })
}

async function buildingsOf(org: OrgDoc): Promise<string[]> {
  return [...new Set((await subtreeOf(org)).flatMap((o) => o.buildings ?? []))]
}

export async function raterChoicesOf(org: OrgDoc): Promise<EvaluationRaterChoices> {
  const buildings = await buildingsOf(org)
  const [residents, units] = await Promise.all([
    buildings.length ? residentsWithOwnAccount({ building: command().in(buildings) }, CHOICES_MAX) : [],
    findMany<PartnerUnitDoc>('partnerUnits', {}, { orderBy: [['name', 'asc']], limit: 100 }),
  ])
  return {
    residents: residents.map((r) => ({ id: r._id, name: r.name, building: r.building })),
    partners: units.flatMap((u) =>
      u.representativePersonId ? [{ id: u._id, name: u.name, representativeName: u.representativeName ?? '' }] : [],
    ),
  }
}

/** The named 居民代表: each a resident of the org's buildings with their own account (else EVAL.BAD_RATER). */
export async function residentRatersOf(org: OrgDoc, ids: string[]): Promise<Result<ResidentRater[]>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return success([])
  const buildings = await buildingsOf(org)
  const found = await residentsWithOwnAccount({ _id: command().in(unique) }, unique.length)
  if (found.length !== unique.length || found.some((r) => !buildings.includes(r.building)))
    return failure('EVAL.BAD_RATER', undefined, 'residentIds')
  return success(found.map((r) => ({ personId: r._id, name: r.name })))
}

/** The included partner units' representatives as they are now (PARTNER.NOT_FOUND / NO_REPRESENTATIVE). */
export async function partnerRatersOf(unitIds: string[]): Promise<Result<PartnerRater[]>> {
  const unique = [...new Set(unitIds)]
  const units = await findByIds<PartnerUnitDoc>('partnerUnits', unique)
  if (units.size !== unique.length) return failure('PARTNER.NOT_FOUND', undefined, 'partnerUnitIds')
  const raters: PartnerRater[] = []
  for (const id of unique) {
    const unit = units.get(id)!
    if (!unit.representativePersonId) return failure('PARTNER.NO_REPRESENTATIVE', `「${unit.name}」还没有指定代表`, 'partnerUnitIds')
    raters.push({ personId: unit.representativePersonId, name: unit.representativeName ?? '', unitId: unit._id, unitName: unit.name })
  }
  return success(raters)
}

/**
 * The person a phone number belongs to, as they would vote: a bound, active member by their member
 * id, else a resident with their own account by their resident id. PARTNER.NO_ACCOUNT otherwise.
 */
export async function personByPhone(phone: string): Promise<Result<{ personId: string; name: string }>> {
  const member = (await findMany<MemberDoc>('members', { phone, archived: false }, { limit: 5 })).find((m) => !!m.openid)
  if (member) return success({ personId: member._id, name: member.name })
  const [resident] = await residentsWithOwnAccount({ phone }, 5)
  if (resident) return success({ personId: resident._id, name: resident.name })
  return failure('PARTNER.NO_ACCOUNT', undefined, 'phone')
}
