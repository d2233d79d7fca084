import type { MemberDoc, OrgDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { managesOrgPath, type Caller } from '../../_core/caller'
import { command, findById, findMany } from '../../_core/db'

/**
 * Scope rules of the members function, in one place:
 * - a manager (secretary, admin) reaches members whose orgPath lies in their subtree;
 * - anyone else reaches only their own roster entry.
 * A member outside reach answers COMMON.NOT_FOUND, exactly like a missing one: ids do not leak.
 */
export async function loadMemberInScope(caller: Caller, memberId: string): Promise<Result<MemberDoc>> {
  const member = await findById<MemberDoc>('members', memberId)
  if (!member || !canManageMember(caller, member)) return failure('COMMON.NOT_FOUND')
  return success(member)
}

export function canManageMember(caller: Caller, member: Pick<MemberDoc, 'orgPath'>): boolean {
  return managesOrgPath(caller, member.orgPath)
}

export function isSelf(caller: Caller, member: Pick<MemberDoc, '_id'>): boolean {
  return caller.member?._id === member._id
}

/** An org the caller manages (itself or a descendant of their scope org); otherwise FORBIDDEN. */
export async function loadOrgInScope(caller: Caller, orgId: string): Promise<Result<OrgDoc>> {
  const org = await findById<OrgDoc>('orgs', orgId)
  if (!org) return failure('ORG.NOT_FOUND')
  if (!managesOrgPath(caller, [...org.path, org._id])) return failure('COMMON.FORBIDDEN')
  return success(org)
}

/** The caller's subtree, or the part of it under `orgId` (an org outside it: FORBIDDEN). */
export async function rootInScope(caller: Caller, orgId: string | undefined): Promise<Result<string>> {
  if (!orgId) return success(scopeRootId(caller))
  const org = await loadOrgInScope(caller, orgId)
  return org.ok ? success(org.value._id) : org
}

/** The root of the caller's subtree (router roles guarantee a manager has one). */
export function scopeRootId(caller: Caller): string {
  if (!caller.scopeOrg) throw new Error('manager without scope org')
  return caller.scopeOrg._id
}

/** Every org of the subtree under `rootId`, the root included. */
export async function subtreeOrgs(rootId: string): Promise<OrgDoc[]> {
  const _ = command()
  return findMany<OrgDoc>('orgs', _.or([{ _id: rootId }, { path: rootId }]) as unknown as Record<string, unknown>, { limit: 1000 })
}
