import type { MemberDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { findById } from '../../_core/db'
import { canManageMember, isSelf } from '../lib/scope'
import { toDetail } from '../lib/views'

/** A manager of the member's subtree sees everything (full phone); a member sees only themselves, masked. */
export const get: Handler<'members', 'get'> = async ({ data, caller }) => {
  const member = await findById<MemberDoc>('members', data.memberId)
  if (!member) return failure('COMMON.NOT_FOUND')
  const manages = canManageMember(caller, member)
  if (!manages && !isSelf(caller, member)) return failure('COMMON.NOT_FOUND')
  return success({ member: await toDetail(member, manages) })
}
