import type { BindingRequestDoc, MemberDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import { bindingRequestId } from '../../../core/rules/roster'
import type { Handler } from '../../_core/create-function'
import { command, findById, findOne, insert, serverDate, updateWhere } from '../../_core/db'
import { toMyBindingRequest } from '../lib/binding'
import { isDuplicateKeyError } from '../../_core/db-errors'

/**
 * A visitor or resident asks to be bound to their roster entry (name + phone must both match an
 * active member). One request per account (`_id` = bind:<openid>): a retry or a second tap changes
 * nothing, a new request after a rejection replaces the rejected one. Nothing is granted here.
 */
export const requestBinding: Handler<'members', 'requestBinding'> = async ({ data, caller }) => {
  const member = await findOne<MemberDoc>('members', { phone: data.phone, archived: false })
  if (!member || member.name !== data.name) return failure('MEMBER.NOT_ON_ROSTER')
  if (member.openid) return failure('MEMBER.ALREADY_BOUND')

  const id = bindingRequestId(caller.openid)
  const fields = {
    openid: caller.openid,
    status: 'pending' as const,
    name: data.name,
    phone: data.phone,
    memberId: member._id,
    orgId: member.orgId,
    orgPath: member.orgPath,
    reason: null,
    reviewedByOpenid: null,
    reviewedAt: null,
  }
  const existing = await findById<BindingRequestDoc>('bindingRequests', id)
  if (existing?.status === 'approved') return failure('MEMBER.ALREADY_BOUND')
  if (existing?.status === 'pending' && existing.memberId === member._id) return success({ request: toMyBindingRequest(existing) })

  if (existing) {
    // Replace a rejected (or differently aimed pending) request; the status condition keeps an
    // approval that lands meanwhile from being overwritten.
    await updateWhere(
      'bindingRequests',
      { _id: id, status: command().in(['pending', 'rejected']) },
      { ...fields, requestedAt: serverDate() },
    )
  } else {
    try {
      await insert('bindingRequests', { _id: id, ...fields, requestedAt: serverDate() })
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
    }
  }
  const stored = await findById<BindingRequestDoc>('bindingRequests', id)
  if (!stored) throw new Error('binding request vanished')
  if (stored.status === 'approved') return failure('MEMBER.ALREADY_BOUND')
  return success({ request: toMyBindingRequest(stored) })
}
