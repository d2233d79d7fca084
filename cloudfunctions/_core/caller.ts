import type { MemberDoc, OrgDoc, ResidentDoc, UserDoc } from '../../core/model'
import type { Role } from '../../core/roles'
import { aggregate } from './db'

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

/** The caller's user document with the roster entries it points to, as one aggregate answers it. */
type UserWithLinks = UserDoc & { linkedMember: MemberDoc[]; linkedResident: ResidentDoc[]; linkedOrg: OrgDoc[] }

/**
 * One database request on every call: the user document with its member, resident and managed org
 * joined in the same aggregate ($lookup on their ids), where reading them would be two round trips
 * (the user, then the three side by side).
 */
export async function resolveCaller(openid: string): Promise<Caller> {
  const [row] = await aggregate<UserWithLinks>('users', (agg) =>
    agg
      .match({ _id: openid })
      .lookup({ from: 'members', localField: 'memberId', foreignField: '_id', as: 'linkedMember' })
      .lookup({ from: 'residents', localField: 'residentId', foreignField: '_id', as: 'linkedResident' })
      .lookup({ from: 'orgs', localField: 'scopeOrgId', foreignField: '_id', as: 'linkedOrg' }),
  )
  if (!row) return { openid, role: 'visitor', user: null, member: null, resident: null, scopeOrg: null }
  const { linkedMember, linkedResident, linkedOrg, ...user } = row
  const member = (user.memberId && linkedMember[0]) || null
  const resident = (user.residentId && linkedResident[0]) || null
  const scopeOrg = (user.scopeOrgId && linkedOrg[0]) || null
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
