import type { HelperCandidate, ResidentForPairing } from '../../../core/contract/care'
import type { CareResidentPairDoc } from '../../../core/care/model'
import { sharesKey } from '../../../core/care/scope'
import { maskPhone } from '../../../core/mask'
import type { MemberDoc, OrgDoc, ResidentDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { command, findAll, findById, findByIds, findMany } from '../../_core/db'
import { inTransaction } from '../../_core/transaction'
import { loadElder } from '../lib/elders'
import { careScopeOf } from '../lib/scope'
import { buildingScopeKey, scopeKeysOf } from '../../../core/care/scope'
import { scopePathOfBuilding } from '../../_core/community-scope'

/** Residents of one building (a few dozen), by id. */
const RESIDENTS_MAX = 200

function toView(resident: ResidentDoc, pair: CareResidentPairDoc | undefined): ResidentForPairing {
  const active = pair?.active ? pair : null
  return {
    id: resident._id,
    name: resident.name,
    unit: resident.unit,
    helperId: active?.helperId ?? null,
    helperName: active?.helperName ?? null,
  }
}

/** 一对一帮扶: the residents of a building the caller writes for (their branch, group or buildings), with their helpers. */
export const residentsOf: Handler<'care', 'residentsOf'> = async ({ data, caller }) => {
  const scope = await careScopeOf(caller)
  if (!scope.write.length) return failure('COMMON.FORBIDDEN')
  const orgPath = await scopePathOfBuilding(data.building)
  if (!sharesKey(scopeKeysOf(orgPath, data.building), scope.write)) return failure('COMMON.NOT_FOUND')
  const residents = await findMany<ResidentDoc>(
    'residents',
    { building: data.building },
    { orderBy: [['_id', 'asc']], limit: RESIDENTS_MAX },
  )
  const pairs = await findByIds<CareResidentPairDoc>(
    'careResidentPairs',
    residents.map((r) => r._id),
  )
  return success({ building: data.building, items: residents.map((r) => toView(r, pairs.get(r._id))) })
}

/** At most this many helpers answer one search (a name's characters narrow it). */
const CANDIDATES_MAX = 20

/**
 * 一对一帮扶's helper search: bound, not archived members whose org or building lies in the caller's
 * write scope (their branch, the committee, their group, their buildings), by a part of the name —
 * for 党小组长 and 楼栋长 too, who may not read the roster. Phones masked.
 */
export const helperCandidates: Handler<'care', 'helperCandidates'> = async ({ data, caller }) => {
  const scope = await careScopeOf(caller)
  if (!scope.write.length) return failure('COMMON.FORBIDDEN')
  const prefix = buildingScopeKey('')
  const orgIds = scope.write.filter((key) => !key.startsWith(prefix))
  const buildings = scope.write.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length))
  const _ = command()
  const [inOrgs, inBuildings] = await Promise.all([
    orgIds.length ? findAll<MemberDoc>('members', { orgPath: _.in(orgIds), archived: false }, { size: 500 }) : [],
    buildings.length ? findAll<MemberDoc>('members', { building: _.in(buildings), archived: false }, { size: 500 }) : [],
  ])
  const byId = new Map([...inOrgs, ...inBuildings].map((m) => [m._id, m]))
  const found = [...byId.values()]
    .filter((m) => m.openid && m.name.includes(data.query))
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
    .slice(0, CANDIDATES_MAX)
  const orgs = await findByIds<OrgDoc>(
    'orgs',
    found.map((m) => m.orgId),
    { name: true },
  )
  const items: HelperCandidate[] = found.map((m) => ({
    id: m._id,
    name: m.name,
    orgName: orgs.get(m.orgId)?.name ?? null,
    building: m.building,
    phoneMasked: maskPhone(m.phone),
  }))
  return success({ items })
}

/**
 * Pairs an elderly resident with a helper (a member, not archived, within the caller's write scope), or unpairs them (null). One helper
 * per resident: the pair's `_id` is the resident's. From then on _core/pairing lets that helper act for
 * the resident (visits, redeeming their points); audited.
 */
export const setResidentHelper: Handler<'care', 'setResidentHelper'> = async ({ data, caller }) => {
  const scope = await careScopeOf(caller)
  if (!scope.write.length) return failure('COMMON.FORBIDDEN')
  const elder = await loadElder(data.residentId)
  if (!elder || elder.kind !== 'resident' || !sharesKey(elder.scopeKeys, scope.write)) return failure('COMMON.NOT_FOUND')
  const helper = data.helperMemberId ? await findById<MemberDoc>('members', data.helperMemberId) : null
  if (data.helperMemberId && (!helper || helper.archived)) return failure('COMMON.NOT_FOUND', '找不到这位党员，请重新选择')
  // The helper, like helperCandidates' answers, from the caller's own branch, group or buildings.
  if (helper && !sharesKey(scopeKeysOf(helper.orgPath, helper.building), scope.write))
    return failure('COMMON.NOT_FOUND', '这位党员不在您负责的支部、党小组或楼栋内，请重新选择')
  const resident = (await findById<ResidentDoc>('residents', elder.id))!
  return inTransaction(async (work) => {
    const existing = await work.get<CareResidentPairDoc>('careResidentPairs', elder.id)
    const fields = {
      residentName: elder.name,
      building: elder.building,
      helperId: helper?._id ?? existing?.helperId ?? '',
      helperName: helper?.name ?? existing?.helperName ?? '',
      active: Boolean(helper),
      byOpenid: caller.openid,
      updatedAt: new Date(),
    }
    if (existing) work.patch('careResidentPairs', elder.id, fields)
    else if (helper) work.create<CareResidentPairDoc>('careResidentPairs', elder.id, fields)
    if (existing || helper)
      work.audit(caller, helper ? 'care.pairResident' : 'care.unpairResident', elder.id, { helperId: fields.helperId })
    return success({ resident: toView(resident, { ...fields, _id: elder.id }) })
  })
}
