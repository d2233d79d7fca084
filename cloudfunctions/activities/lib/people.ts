import { signUpId } from '../../../core/activities/rules'
import { failure, success, type Result } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import { pairedDocFor } from '../../_core/pairing'
import { memberAsPerson, personOf, residentAsPerson, type Person } from '../../_core/person'

/**
 * Whom a sign-up or cancellation is for, and the id of their sign-up: the caller, or (with
 * `forPersonId`, or the older `forMemberId`) someone they may act for — a paired elderly member (both
 * 结对 links hold) or a paired elderly resident (care's 一对一帮扶) — recorded as done by the helper
 * (`actedBy`).
 */
export async function signUpTargetOf(
  caller: Caller,
  data: { activityId: string; forPersonId?: string; forMemberId?: string },
): Promise<Result<{ person: Person; actedBy: { id: string; name: string } | null; id: string }>> {
  const forId = data.forPersonId ?? data.forMemberId
  const self = personOf(caller)
  if (!self) return failure('ACTIVITY.NOT_YOUR_ELDER')
  if (!forId || forId === self.id) return success({ person: self, actedBy: null, id: signUpId(data.activityId, self.id) })
  const paired = await pairedDocFor(caller.member, forId)
  if (!paired || !caller.member) return failure('ACTIVITY.NOT_YOUR_ELDER')
  const person = paired.kind === 'member' ? memberAsPerson(paired.doc) : residentAsPerson(paired.doc)
  return success({ person, actedBy: { id: caller.member._id, name: caller.member.name }, id: signUpId(data.activityId, person.id) })
}
