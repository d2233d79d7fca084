import { maskPhone } from '../../../core/mask'
import type { MemberDoc, OrgDoc, UserDoc } from '../../../core/model'
import { decodeCursor, encodeCursor } from '../../../core/cursor'
import type { Caller } from '../../_core/caller'
import { managesOrgPath } from '../../_core/caller'
import { findAll, findById, findByIds } from '../../_core/db'
import { mayActFor } from '../../_core/pairing'

/** The fields of a roster entry the figures need (never the whole document). */
const MEMBER_FIELDS = {
  name: true,
  sortKey: true,
  orgId: true,
  orgPath: true,
  phone: true,
  elder: true,
  helperId: true,
  pairedElderIds: true,
  archived: true,
  openid: true,
}

export interface RosterScope {
  org: OrgDoc
  /** The org's unarchived members, in the roster's order (sortKey). */
  members: MemberDoc[]
  /** The branches under the org (empty when the org is a branch or group). */
  branches: OrgDoc[]
  orgName: Map<string, string>
}

/**
 * The org a manager looks at: their own subtree by default; the committee may name any org inside
 * theirs; anything outside answers null (the handler says COMMON.NOT_FOUND).
 */
export async function viewedOrgOf(caller: Caller, orgId: string | undefined): Promise<OrgDoc | null> {
  const own = caller.scopeOrg
  if (!own) return null
  if (!orgId || orgId === own._id) return own
  const org = await findById<OrgDoc>('orgs', orgId)
  return org && managesOrgPath(caller, [...org.path, org._id]) ? org : null
}

/**
 * The members under `org` with the names of their orgs. The roster of one subtree is read whole
 * (1,000 a request, by _id): the totals need every member anyway, and a page is then cut from it.
 */
export async function rosterScopeOf(org: OrgDoc): Promise<RosterScope> {
  const [members, orgs] = await Promise.all([
    findAll<MemberDoc>('members', { orgPath: org._id, archived: false }, { fields: MEMBER_FIELDS }),
    findAll<OrgDoc>('orgs', { path: org._id }, { fields: { name: true, level: true, path: true, sort: true } }),
  ])
  members.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
  const orgName = new Map([[org._id, org.name], ...orgs.map((o): [string, string] => [o._id, o.name])])
  const branches = orgs.filter((o) => o.level === 'branch').sort((a, b) => a.sort - b.sort || a._id.localeCompare(b._id))
  return { org, members, branches, orgName }
}

/** Member id → role of its bound account, for the members holding a manager role (everyone else is a member). */
export async function managerRolesOf(members: MemberDoc[]): Promise<Map<string, string>> {
  const bound = members.flatMap((m) => (m.openid ? [m.openid] : []))
  const users = await findByIds<UserDoc>('users', bound, { role: true, memberId: true })
  const roles = new Map<string, string>()
  for (const user of users.values()) if (user.memberId && user.role !== 'member') roles.set(user.memberId, user.role)
  return roles
}

/** Helper's name for each elder whose 结对 holds both ways (helpers outside the scope are read). */
export async function helperNamesOf(scope: RosterScope, people: MemberDoc[]): Promise<Map<string, string>> {
  const inScope = new Map(scope.members.map((m) => [m._id, m]))
  const missing = people.flatMap((p) => (p.helperId && !inScope.has(p.helperId) ? [p.helperId] : []))
  const outside = missing.length
    ? await findByIds<MemberDoc>('members', missing, { name: true, pairedElderIds: true, archived: true })
    : new Map<string, MemberDoc>()
  const names = new Map<string, string>()
  for (const person of people) {
    const helper = person.helperId ? (inScope.get(person.helperId) ?? outside.get(person.helperId)) : undefined
    if (helper && mayActFor(helper, person)) names.set(person._id, helper.name)
  }
  return names
}

export function describePerson(scope: RosterScope, member: MemberDoc, helperName: string | undefined) {
  return {
    memberId: member._id,
    name: member.name,
    orgName: scope.orgName.get(member.orgId) ?? null,
    phoneMasked: maskPhone(member.phone),
    elder: member.elder,
    helperName: helperName ?? null,
  }
}

/**
 * A page of `rows` (in the roster's order) after the cursor: `{ items, nextCursor }`, or null for a
 * cursor that is not one of ours. The cursor is the last row's sortKey.
 */
export function pageAfter<T>(
  rows: T[],
  keyOf: (row: T) => string,
  cursor: string | undefined,
  limit: number,
): { items: T[]; nextCursor: string | null } | null {
  let after = ''
  if (cursor) {
    const [key] = decodeCursor(cursor, 1) ?? []
    if (typeof key !== 'string') return null
    after = key
  }
  const rest = after ? rows.filter((row) => keyOf(row) > after) : rows
  const items = rest.slice(0, limit)
  return { items, nextCursor: rest.length > limit ? encodeCursor([keyOf(items[items.length - 1])]) : null }
}
