import type { MemberDoc, OrgDoc, ResidentDoc, UserDoc } from '../../core/model'
import type { Role } from '../../core/roles'
import { findById } from './db'

/** Who is calling, resolved on the server from the roster; nothing here comes from the request. */
export interface Caller {
  openid: string
  role: Role
  user: UserDoc | null
  member: MemberDoc | null
  resident: ResidentDoc | null
  /** The subtree a secretary (their branch) or an admin (the committee) manages. */
  scopeOrg: OrgDoc | null
}

export async function resolveCaller(openid: string): Promise<Caller> {
  const user = await findById<UserDoc>('users', openid)
  if (!user) return { openid, role: 'visitor', user: null, member: null, resident: null, scopeOrg: null }
  const [member, resident, scopeOrg] = await Promise.all([
    user.memberId ? findById<MemberDoc>('members', user.memberId) : null,
    user.residentId ? findById<ResidentDoc>('residents', user.residentId) : null,
    user.scopeOrgId ? findById<OrgDoc>('orgs', user.scopeOrgId) : null,
  ])
  const activeMember = member && !member.archived && member.openid === openid ? member : null
  return { openid, role: effectiveRole(user.role, activeMember, resident, scopeOrg), user, member: activeMember, resident, scopeOrg }
}

/**
 * A stored role only counts while what it rests on exists: a member role needs a bound, unarchived
 * roster entry, a manager role needs the org it manages. Otherwise the caller falls back a step.
 */
function effectiveRole(role: UserDoc['role'], member: MemberDoc | null, resident: ResidentDoc | null, scopeOrg: OrgDoc | null): Role {
  if ((role === 'secretary' || role === 'admin') && scopeOrg) return role
  if (member) return 'member'
  if (resident) return 'resident'
  return 'visitor'
}

/** True when `orgPath` (an org's ancestors plus itself) lies inside the caller's managed subtree. */
export function managesOrgPath(caller: Caller, orgPath: readonly string[]): boolean {
  if (!caller.scopeOrg || (caller.role !== 'secretary' && caller.role !== 'admin')) return false
  return orgPath.includes(caller.scopeOrg._id)
}
