import type { UserDoc } from '../../../core/model'
import { findById, insert, serverDate, updateWhere } from '../../_core/db'
import { isDuplicateKeyError } from '../../_core/db-errors'

/**
 * Creates the caller's `users` document (`_id` = openid) or links it to a resident / member. A stored
 * manager role is never touched here; a plain account's role follows what it is linked to. The role
 * itself is only a hint: resolveCaller recomputes it from the roster on every call.
 */
export async function linkUser(openid: string, link: { residentId?: string; memberId?: string }): Promise<void> {
  const role: UserDoc['role'] = link.memberId ? 'member' : 'resident'
  try {
    await insert('users', {
      _id: openid,
      role,
      memberId: link.memberId ?? null,
      residentId: link.residentId ?? null,
      scopeOrgId: null,
      createdAt: serverDate(),
      updatedAt: serverDate(),
    })
    return
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
  }
  const existing = await findById<UserDoc>('users', openid)
  if (!existing) throw new Error('users document vanished')
  const patch: Record<string, unknown> = { updatedAt: serverDate() }
  if (link.memberId) patch.memberId = link.memberId
  if (link.residentId && !existing.residentId) patch.residentId = link.residentId
  if (existing.role === 'resident' && link.memberId) patch.role = 'member'
  await updateWhere('users', { _id: openid }, patch)
}
