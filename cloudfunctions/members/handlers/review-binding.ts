import type { ReviewBindingResponse } from '../../../core/contract/members'
import type { BindingRequestDoc, MemberDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { writeAudit } from '../../_core/audit'
import type { HandlerContext } from '../../_core/create-function'
import { command, findById, serverDate, updateWhere } from '../../_core/db'
import { toBindingRequestView } from '../lib/binding'
import { canManageMember } from '../lib/scope'
import { linkUser } from '../lib/users'
import { orgsById } from '../lib/views'

interface Data {
  requestId: string
  decision: 'approve' | 'reject'
  reason?: string
}

/**
 * A secretary of the member's subtree (or an admin) approves or rejects a binding request. Each step
 * is a conditional update, so two reviewers racing produce one outcome:
 *   1. the request leaves `pending` (only one reviewer wins);
 *   2. on approval the member is bound only if still unbound (else the request turns into a rejection);
 *   3. the account is linked to the member — the role follows from the roster, not from the request.
 */
export async function reviewBinding({ data, caller }: HandlerContext<Data>): Promise<Result<ReviewBindingResponse>> {
  if (data.decision === 'reject' && !data.reason) return failure('COMMON.VALIDATION', 'reason：驳回时必须填写原因', 'reason')
  const request = await findById<BindingRequestDoc>('bindingRequests', data.requestId)
  const member = request ? await findById<MemberDoc>('members', request.memberId) : null
  if (!request || !member || !canManageMember(caller, member)) return failure('COMMON.NOT_FOUND')
  if (request.status !== 'pending') return failure('MEMBER.BINDING_REVIEWED')

  const reviewed = { reviewedByOpenid: caller.openid, reviewedAt: serverDate() }
  if (data.decision === 'reject') {
    const won = await updateWhere('bindingRequests', { _id: request._id, status: 'pending' }, { status: 'rejected', reason: data.reason!, ...reviewed })
    if (!won) return failure('MEMBER.BINDING_REVIEWED')
    await writeAudit(caller, 'members.reviewBinding', request._id, { decision: 'reject', memberId: member._id })
    return reply(request._id)
  }

  if (member.openid || member.archived) {
    await updateWhere('bindingRequests', { _id: request._id, status: 'pending' }, { status: 'rejected', reason: '该党员已绑定其他微信账号或已归档', ...reviewed })
    return failure(member.archived ? 'MEMBER.ARCHIVED' : 'MEMBER.ALREADY_BOUND')
  }
  const won = await updateWhere('bindingRequests', { _id: request._id, status: 'pending', memberId: member._id }, { status: 'approved', ...reviewed })
  if (!won) return failure('MEMBER.BINDING_REVIEWED')
  const bound = await updateWhere(
    'members',
    { _id: member._id, openid: null, archived: false },
    { openid: request.openid, version: command().inc(1), updatedAt: serverDate() },
  )
  if (!bound) {
    await updateWhere('bindingRequests', { _id: request._id, status: 'approved' }, { status: 'rejected', reason: '该党员已绑定其他微信账号' })
    return failure('MEMBER.ALREADY_BOUND')
  }
  await linkUser(request.openid, { memberId: member._id })
  await writeAudit(caller, 'members.reviewBinding', request._id, { decision: 'approve', memberId: member._id })
  return reply(request._id)
}

async function reply(requestId: string): Promise<Result<ReviewBindingResponse>> {
  const request = await findById<BindingRequestDoc>('bindingRequests', requestId)
  if (!request) throw new Error('binding request vanished')
  const member = await findById<MemberDoc>('members', request.memberId)
  const orgs = await orgsById(member ? [member.orgId] : [request.orgId])
  return success({ request: toBindingRequestView(request, member, orgs) })
}
