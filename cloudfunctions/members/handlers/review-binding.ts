import type { ReviewBindingResponse } from '../../../core/contract/members'
import type { BindingRequestDoc, MemberDoc, UserDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { findById, serverDate } from '../../_core/db'
import { toBindingRequestView } from '../lib/binding'
import { canManageMember } from '../lib/scope'
import { inTransaction, type TxWork } from '../../_core/transaction'
import { orgsById } from '../lib/views'

/**
 * A secretary of the member's subtree (or an admin) approves or rejects a binding request. The whole
 * review is one transaction: the request leaves `pending`, and on approval the member is bound to the
 * applicant's openid and the applicant's `users` document is linked to the member, all or nothing.
 * Two reviewers racing (or two applicants for one member) therefore produce one outcome: the later
 * transaction finds the request already reviewed (MEMBER.BINDING_REVIEWED) or the member already bound
 * (its request then turns into a rejection, MEMBER.ALREADY_BOUND). The role follows from the roster,
 * not from the request.
 */
export const reviewBinding: Handler<'members', 'reviewBinding'> = async ({ data, caller }) => {
  if (data.decision === 'reject' && !data.reason) return failure('COMMON.VALIDATION', 'reason：驳回时必须填写原因', 'reason')

  const outcome = await inTransaction(async (work): Promise<Result<string>> => {
    const request = await work.get<BindingRequestDoc>('bindingRequests', data.requestId)
    const member = request ? await work.get<MemberDoc>('members', request.memberId) : null
    if (!request || !member || !canManageMember(caller, member)) return failure('COMMON.NOT_FOUND')
    if (request.status !== 'pending') return failure('MEMBER.BINDING_REVIEWED')

    const reviewed = { reviewedByOpenid: caller.openid, reviewedAt: serverDate() }
    if (data.decision === 'reject') {
      work.patch('bindingRequests', request._id, { status: 'rejected', reason: data.reason!, ...reviewed })
      work.audit(caller, 'members.reviewBinding', request._id, { decision: 'reject', memberId: member._id })
      return success(request._id)
    }
    if (member.openid || member.archived) {
      // The request cannot be granted any more; it is closed as a rejection the applicant can read.
      work.patch('bindingRequests', request._id, { status: 'rejected', reason: '该党员已绑定其他微信账号或已归档', ...reviewed })
      work.audit(caller, 'members.reviewBinding', request._id, { decision: 'reject', memberId: member._id, automatic: true })
      return failure(member.archived ? 'MEMBER.ARCHIVED' : 'MEMBER.ALREADY_BOUND')
    }
    work.patch('bindingRequests', request._id, { status: 'approved', ...reviewed })
    work.patch('members', member._id, { openid: request.openid, version: member.version + 1, updatedAt: serverDate() })
    await linkUserToMember(work, request.openid, member._id)
    work.audit(caller, 'members.reviewBinding', request._id, { decision: 'approve', memberId: member._id })
    return success(request._id)
  })
  if (!outcome.ok) return outcome
  return reply(outcome.value)
}

/**
 * The applicant's `users` document (`_id` = openid), created or linked to the member, inside the
 * review's transaction. Same rules as lib/users linkUser: a stored manager role is kept; a resident
 * becomes a member; the resident link stays.
 */
async function linkUserToMember(work: TxWork, openid: string, memberId: string): Promise<void> {
  const user = await work.get<UserDoc>('users', openid)
  if (!user) {
    work.add('users', {
      _id: openid,
      role: 'member',
      memberId,
      residentId: null,
      scopeOrgId: null,
      createdAt: serverDate(),
      updatedAt: serverDate(),
    })
    return
  }
  work.patch('users', openid, { memberId, ...(user.role === 'resident' ? { role: 'member' } : {}), updatedAt: serverDate() })
}

async function reply(requestId: string): Promise<Result<ReviewBindingResponse>> {
  const request = await findById<BindingRequestDoc>('bindingRequests', requestId)
  if (!request) throw new Error('binding request vanished')
  const member = await findById<MemberDoc>('members', request.memberId)
  const orgs = await orgsById(member ? [member.orgId] : [request.orgId])
  return success({ request: toBindingRequestView(request, member, orgs) })
}
