import type { MemberDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { findById, serverDate } from '../../_core/db'
import { detachElder, detachHelper, linkedElderIds } from '../lib/pairing-links'
import { canManageMember } from '../lib/scope'
import { inTransaction } from '../../_core/transaction'
import { toDetail } from '../lib/views'

/**
 * Archive (or restore) a member: a flag, never a delete. An archived member drops out of lists and
 * loses the member role at once (resolveCaller ignores archived entries); their history stays.
 * Archiving also ends their 结对 in both directions (as helper and as elder) in the same transaction,
 * so no elder is left with a helper who is gone. Restoring does not bring pairings back.
 */
export const archive: Handler<'members', 'archive'> = async ({ data, caller }) => {
  const linked = data.archived ? await linkedElderIds(data.memberId) : []
  const outcome = await inTransaction(async (work) => {
    const member = await work.get<MemberDoc>('members', data.memberId)
    if (!member || !canManageMember(caller, member)) return failure('COMMON.NOT_FOUND')
    if (member.archived === data.archived) return success(null)
    work.patch('members', member._id, { archived: data.archived, version: member.version + 1, updatedAt: serverDate() })
    if (!data.archived) {
      work.audit(caller, 'members.restore', member._id)
      return success(null)
    }
    const formerHelperId = await detachElder(work, member)
    const releasedElderIds = await detachHelper(work, member, linked)
    work.audit(
      caller,
      'members.archive',
      member._id,
      formerHelperId || releasedElderIds.length ? { formerHelperId, releasedElderIds } : undefined,
    )
    return success(null)
  })
  if (!outcome.ok) return outcome
  const stored = await findById<MemberDoc>('members', data.memberId)
  return success({ member: await toDetail(stored!, true) })
}
