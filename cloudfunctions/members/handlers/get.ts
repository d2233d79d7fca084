import type { MemberResponse } from '../../../core/contract/members'
import type { MemberDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import type { HandlerContext } from '../../_core/create-function'
import { findById } from '../../_core/db'
import { canManageMember, isSelf } from '../lib/scope'
import { toDetail } from '../lib/views'

/** A manager of the member's subtree sees everything (full phone); a member sees only themselves, masked. */
export async function get({ data, caller }: HandlerContext<{ memberId: string }>): Promise<Result<MemberResponse>> {
  const member = await findById<MemberDoc>('members', data.memberId)
  if (!member) return failure('COMMON.NOT_FOUND')
  const manages = canManageMember(caller, member)
  if (!manages && !isSelf(caller, member)) return failure('COMMON.NOT_FOUND')
  return success({ member: await toDetail(member, manages) })
}
