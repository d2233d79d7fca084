/**
 * Who a caller is, as far as permissions go. The role is looked up on the server from the roster,
 * never taken from a request. `elder` is not a role but a flag on a member.
 */
export const ROLES = ['visitor', 'resident', 'member', 'secretary', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  visitor: '访客',
  resident: '居民',
  member: '党员',
  secretary: '支部书记',
  admin: '社区党委',
}

export const ORG_LEVELS = ['committee', 'generalBranch', 'branch', 'group'] as const
export type OrgLevel = (typeof ORG_LEVELS)[number]

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = {
  committee: '社区党委',
  generalBranch: '党总支',
  branch: '党支部',
  group: '党小组',
}

export const MEMBER_CATEGORIES = ['retired', 'employed', 'floating', 'abroad'] as const
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number]

export const MEMBER_STATUSES = ['normal', 'lostContact', 'pocket'] as const
export type MemberStatus = (typeof MEMBER_STATUSES)[number]

/** Convenience sets for action declarations. */
export const ANYONE: readonly Role[] = ROLES
export const SIGNED_UP: readonly Role[] = ['resident', 'member', 'secretary', 'admin']
export const MEMBERS: readonly Role[] = ['member', 'secretary', 'admin']
export const MANAGERS: readonly Role[] = ['secretary', 'admin']
export const ADMINS: readonly Role[] = ['admin']
