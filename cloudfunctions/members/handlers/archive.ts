import type { MemberResponse } from '../../../core/contract/members'
import type { MemberDoc } from '../../../core/model'
import { success, type Result } from '../../../core/result'
import { writeAudit } from '../../_core/audit'
import type { HandlerContext } from '../../_core/create-function'
import { command, findById, serverDate, updateWhere } from '../../_core/db'
import { loadMemberInScope } from '../lib/scope'
import { toDetail } from '../lib/views'

/**
 * Archive (or restore) a member: a flag, never a delete. An archived member drops out of lists and
 * loses the member role at once (resolveCaller ignores archived entries); their history stays.
 */
export async function archive({ data, caller }: HandlerContext<{ memberId: string; archived: boolean }>): Promise<Result<MemberResponse>> {
  const current = await loadMemberInScope(caller, data.memberId)
  if (!current.ok) return current
  if (current.value.archived !== data.archived) {
    await updateWhere('members', { _id: data.memberId, archived: !data.archived }, { archived: data.archived, version: command().inc(1), updatedAt: serverDate() })
    await writeAudit(caller, data.archived ? 'members.archive' : 'members.restore', data.memberId)
  }
  const stored = await findById<MemberDoc>('members', data.memberId)
  return success({ member: await toDetail(stored!, true) })
}
