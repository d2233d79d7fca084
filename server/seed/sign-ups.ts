import type { ResidentDoc, UserDoc } from '../../core/model'

/** What a users document links its openid to: a roster member, a resident, the org a manager leads. */
export interface UserLink {
  memberId?: string
  residentId?: string
  scopeOrgId?: string
}

/** The users document of a signed-up openid: its role and what it links to. */
export function userDoc(openid: string, role: UserDoc['role'], link: UserLink, now: Date): UserDoc {
  return {
    _id: openid,
    role,
    memberId: link.memberId ?? null,
    residentId: link.residentId ?? null,
    scopeOrgId: link.scopeOrgId ?? null,
    createdAt: now,
    updatedAt: now,
  }
}

/** A resident who registered: their document (in the rankings) and the users document of their openid. */
export function registeredResident(
  person: Pick<ResidentDoc, '_id' | 'openid' | 'name' | 'phone' | 'building' | 'unit'>,
  now: Date,
): { resident: ResidentDoc; user: UserDoc } {
  const resident: ResidentDoc = { ...person, rankingOptOut: false, createdAt: now, updatedAt: now }
  return { resident, user: userDoc(person.openid, 'resident', { residentId: person._id }, now) }
}
