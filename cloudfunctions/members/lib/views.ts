import type { MemberDetail, MemberListItem, OrgNode, OrgRef } from '../../../core/contract/members'
import { maskPhone } from '../../../core/mask'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { isoOf, isoOrNull } from '../../../core/time'
import { findByIds } from '../../_core/db'
import { mayActFor } from '../../_core/pairing'

export function toOrgRef(org: Pick<OrgDoc, '_id' | 'name' | 'level'>): OrgRef {
  return { id: org._id, name: org.name, level: org.level }
}

export function toOrgNode(org: OrgDoc, secretaries: OrgNode['secretaries'] = []): OrgNode {
  return { ...toOrgRef(org), parentId: org.parentId, path: org.path, buildings: org.buildings ?? [], sort: org.sort ?? 0, secretaries }
}

export function orgsById(ids: Iterable<string>): Promise<Map<string, OrgDoc>> {
  return findByIds<OrgDoc>('orgs', ids)
}

/** `fullPhone` only for managers of the member's subtree. */
export function toListItem(member: MemberDoc, orgs: Map<string, OrgDoc>, fullPhone: boolean): MemberListItem {
  const org = orgs.get(member.orgId)
  return {
    id: member._id,
    name: member.name,
    gender: member.gender,
    birthYear: member.birthYear,
    phoneMasked: maskPhone(member.phone),
    phone: fullPhone ? member.phone : null,
    category: member.category,
    elder: member.elder,
    status: member.status,
    archived: member.archived,
    org: org ? toOrgRef(org) : null,
    building: member.building ?? '',
    unit: member.unit ?? '',
    bound: Boolean(member.openid),
  }
}

/** Full detail; `fullPhone` only for managers of the member's subtree. */
export async function toDetail(member: MemberDoc, fullPhone: boolean): Promise<MemberDetail> {
  const orgs = await orgsById(member.orgPath)
  const linked = [...(member.pairedElderIds ?? []), ...(member.helperId ? [member.helperId] : [])]
  const people = await findByIds<MemberDoc>('members', linked, { name: true, helperId: true, pairedElderIds: true, archived: true })
  const helper = member.helperId ? people.get(member.helperId) : undefined
  return {
    ...toListItem(member, orgs, fullPhone),
    dualReport: member.dualReport,
    joinedPartyYear: member.joinedPartyYear,
    orgId: member.orgId,
    orgPath: member.orgPath
      .map((id) => orgs.get(id))
      .filter((org): org is OrgDoc => Boolean(org))
      .map(toOrgRef),
    rankingOptOut: member.rankingOptOut ?? false,
    lastContactAt: isoOrNull(member.lastContactAt),
    version: member.version,
    helper: helper && mayActFor(helper, member) ? { id: helper._id, name: helper.name } : null,
    elders: (member.pairedElderIds ?? [])
      .map((id) => people.get(id))
      .filter((elder): elder is MemberDoc => mayActFor(member, elder))
      .map((elder) => ({ id: elder._id, name: elder.name })),
    createdAt: isoOf(member.createdAt),
    updatedAt: isoOf(member.updatedAt),
  }
}
