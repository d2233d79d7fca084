import type { MeResponse, OrgRef } from '../../../core/contract/members'
import { maskPhone } from '../../../core/mask'
import type { OrgDoc } from '../../../core/model'
import { success, type Result } from '../../../core/result'
import type { HandlerContext } from '../../_core/create-function'
import { command, findMany } from '../../_core/db'

export async function me({ caller }: HandlerContext<Record<string, never>>): Promise<Result<MeResponse>> {
  const { member, resident, scopeOrg } = caller
  const ownOrgIds = member?.orgPath ?? []
  const orgs = await orgsById([...ownOrgIds, ...(scopeOrg?.path ?? [])])
  const orgPath = (ownOrgIds.length ? ownOrgIds : scopeOrg ? [...scopeOrg.path, scopeOrg._id] : [])
    .map((id) => (id === scopeOrg?._id ? scopeOrg : orgs.get(id)))
    .filter((org): org is OrgDoc => Boolean(org))
    .map(toOrgRef)

  const person = member ?? resident
  return success({
    openid: caller.openid,
    role: caller.role,
    person: person ? { name: person.name, phoneMasked: maskPhone(person.phone), building: person.building || null } : null,
    member: member ? { id: member._id, category: member.category, elder: member.elder, status: member.status } : null,
    orgPath,
    scope: scopeOrg ? toOrgRef(scopeOrg) : null,
  })
}

async function orgsById(ids: string[]): Promise<Map<string, OrgDoc>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const docs = await findMany<OrgDoc>('orgs', { _id: command().in(unique) }, { limit: unique.length })
  return new Map(docs.map((org) => [org._id, org]))
}

function toOrgRef(org: OrgDoc): OrgRef {
  return { id: org._id, name: org.name, level: org.level }
}
