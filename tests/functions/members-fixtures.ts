import { buildDemoCommunity } from '../../server/seed/community'
import type { MemberDoc } from '../../core/model'

/** Seeded people the members tests point at (the demo community is deterministic). */
const community = buildDemoCommunity()

export const ROLE_OPENIDS = {
  visitor: 'visitor-x',
  resident: 'demo-resident',
  member: 'demo-member',
  elder: 'demo-elder',
  otherSecretary: 'demo-secretary-2',
  secretary: 'demo-secretary',
  admin: 'demo-admin',
} as const
export type TableRole = keyof typeof ROLE_OPENIDS
export const TABLE_ROLES = Object.keys(ROLE_OPENIDS) as TableRole[]

/** Unbound, active members of a branch (for binding requests). */
export function unboundMembersOf(branchId: string): MemberDoc[] {
  return community.members.filter((m) => m.orgPath.includes(branchId) && !m.openid && !m.archived && m.status === 'normal')
}

export function seededMember(id: string): MemberDoc {
  const member = community.members.find((m) => m._id === id)
  if (!member) throw new Error(`no seeded member ${id}`)
  return member
}

export function membersOf(orgId: string): MemberDoc[] {
  return community.members.filter((m) => m.orgPath.includes(orgId))
}

export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; field?: string } }

export function dataOf<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}: ${reply.error.message}`)
  return reply.data
}

export function codeOf(reply: Reply): string {
  return reply.ok ? 'ok' : reply.error.code
}
