import { failure, success, type Result } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import { elderFor } from '../../_core/pairing'
import { memberAsPerson, personOf, type Person } from '../../_core/person'

/**
 * Whom a sign-up or cancellation is for: the caller, or (with `forMemberId`) an elder they may act
 * for (both pairing links hold).
 */
export async function targetOf(
  caller: Caller,
  forMemberId: string | undefined,
): Promise<Result<{ person: Person; actedBy: { id: string; name: string } | null }>> {
  const self = personOf(caller)
  if (!self) return failure('ACTIVITY.NOT_YOUR_ELDER')
  if (!forMemberId || forMemberId === self.id) return success({ person: self, actedBy: null })
  const elder = await elderFor(caller.member, forMemberId)
  if (!elder || !caller.member) return failure('ACTIVITY.NOT_YOUR_ELDER')
  return success({ person: memberAsPerson(elder), actedBy: { id: caller.member._id, name: caller.member.name } })
}
