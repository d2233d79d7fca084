import type { MemberDetail, MemberListItem, OrgNode, OrgRef } from '../../../core/contract/members'
import { maskPhone } from '../../../core/mask'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { command, findMany } from '../../_core/db'

/** Dates come back from the SDK as Date (or, through some hosts, as ISO strings); the contract says ISO. */
export function iso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export function isoNow(value: Date | string | null | undefined): string {
  return iso(value) ?? new Date(0).toISOString()
}

export function toOrgRef(org: Pick<OrgDoc, '_id' | 'name' | 'level'>): OrgRef {
  return { id: org._id, name: org.name, level: org.level }
}

export function toOrgNode(org: OrgDoc, secretaries: OrgNode['secretaries'] = []): OrgNode {
  return { ...toOrgRef(org), parentId: org.parentId, path: org.path, buildings: org.buildings ?? [], sort: org.sort ?? 0, secretaries }
}

export async function orgsById(ids: Iterable<string>): Promise<Map<string, OrgDoc>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const docs: OrgDoc[] = []
  for (let i = 0; i < unique.length; i += 100) {
    const chunk = unique.slice(i, i + 100)
    docs.push(...(await findMany<OrgDoc>('orgs', { _id: command().in(chunk) }, { limit: chunk.length })))
  }
  return new Map(docs.map((org) => [org._id, org]))
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
  const people = linked.length
    ? await findMany<MemberDoc>('members', { _id: command().in(linked) }, { limit: linked.length, fields: { name: true, helperId: true } })
    : []
  const nameOf = new Map(people.map((person) => [person._id, person]))
  const helper = member.helperId ? nameOf.get(member.helperId) : undefined
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
    lastContactAt: iso(member.lastContactAt),
    version: member.version,
    helper: helper ? { id: helper._id, name: helper.name } : null,
    elders: (member.pairedElderIds ?? [])
      .map((id) => nameOf.get(id))
      .filter((elder): elder is MemberDoc => Boolean(elder) && elder!.helperId === member._id)
      .map((elder) => ({ id: elder._id, name: elder.name })),
    createdAt: isoNow(member.createdAt),
    updatedAt: isoNow(member.updatedAt),
  }
}
