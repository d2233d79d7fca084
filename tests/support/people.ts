import type { MemberDoc } from '../../core/model'
import type { Role } from '../../core/roles'
import { buildDemoCommunity, DEMO_OPENIDS, type DemoName } from '../../server/seed/community'

/**
 * The demo people every test signs in as, read from the demo community the seed writes (it is
 * deterministic), so a test never restates an openid, an id or a name.
 */
export interface DemoPerson {
  openid: string
  /** Their roster entry, or (the resident) their registration. */
  id: string
  name: string
  role: Role
}

const community = buildDemoCommunity()

function demoPerson(openid: string): DemoPerson {
  const user = community.users.find((u) => u._id === openid)
  const member = community.members.find((m) => m._id === user?.memberId)
  const resident = community.residents.find((r) => r._id === user?.residentId)
  const person = member ?? resident
  if (!user || !person) throw new Error(`no demo person ${openid}`)
  return { openid, id: person._id, name: person.name, role: user.role }
}

export const P = Object.fromEntries(Object.entries(DEMO_OPENIDS).map(([name, openid]) => [name, demoPerson(openid)])) as Record<
  DemoName,
  DemoPerson
>

export type { DemoName }

/** Somebody who has opened the mini-program but is on no roster and has not registered. */
export function visitor(label: string): { openid: string; role: 'visitor' } {
  return { openid: `visitor-${label}`, role: 'visitor' }
}

/**
 * One caller per row of the permission table: the demo people plus a visitor. The elder is a member
 * and the other branch's secretary a secretary; they differ by a flag or by scope.
 */
export const TABLE_CALLERS = { visitor: visitor('table'), ...P }
export type TableCaller = keyof typeof TABLE_CALLERS
export const TABLE_ROLES = Object.keys(TABLE_CALLERS) as TableCaller[]

/** A seeded roster entry by id. */
export function seededMember(id: string): MemberDoc {
  const member = community.members.find((m) => m._id === id)
  if (!member) throw new Error(`no seeded member ${id}`)
  return member
}

/** Seeded members of an org's subtree. */
export function membersOf(orgId: string): MemberDoc[] {
  return community.members.filter((m) => m.orgPath.includes(orgId))
}

/** Unbound, active members of a branch (for binding requests). */
export function unboundMembersOf(branchId: string): MemberDoc[] {
  return membersOf(branchId).filter((m) => !m.openid && !m.archived && m.status === 'normal')
}
