import type { MemberDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { serverDate } from '../../_core/db'
import { detachElder, detachHelper, dropFromHelper, linkedElderIds } from '../lib/pairing-links'
import { canManageMember } from '../lib/scope'
import { inLane } from '../../_core/lane'
import { inTransaction } from '../../_core/transaction'

/**
 * 结对: a helper looks after one or two elders. The helper's `pairedElderIds` and each elder's
 * `helperId` (one helper per elder) change together in one transaction, so concurrent pairings of the
 * same people cannot leave an elder claimed by two helpers or a link pointing one way only. Pairing an
 * elder who had another helper moves them; the helper's previous elders not in the new list are freed.
 * Every check is made on the documents read inside the transaction.
 */
export const setPairing: Handler<'members', 'setPairing'> = async ({ data, caller }) => {
  const elderIds = [...new Set(data.elderMemberIds)]
  if (elderIds.includes(data.helperMemberId)) return failure('COMMON.VALIDATION', 'elderMemberIds：不能与本人结对', 'elderMemberIds')
  // Elders whose reverse link names this helper, found by index before the transaction (which allows
  // doc() reads only); each is read again inside it. This also repairs links left one-way earlier.
  const linked = await linkedElderIds(data.helperMemberId)

  // Pairings interlock across helpers and elders: this instance makes them one at a time.
  return inLane('pairing', () =>
    inTransaction(async (work) => {
      const helper = await work.get<MemberDoc>('members', data.helperMemberId)
      if (!helper || !canManageMember(caller, helper)) return failure('COMMON.NOT_FOUND')
      if (helper.archived) return failure('MEMBER.ARCHIVED')
      const elders: MemberDoc[] = []
      for (const id of elderIds) {
        const elder = await work.get<MemberDoc>('members', id)
        if (!elder || !canManageMember(caller, elder)) return failure('COMMON.NOT_FOUND')
        if (elder.archived) return failure('MEMBER.ARCHIVED')
        if (!elder.elder) return failure('MEMBER.NOT_ELDER')
        elders.push(elder)
      }

      // Elders moving from another helper leave that helper's list.
      for (const elder of elders) {
        if (elder.helperId && elder.helperId !== helper._id) await dropFromHelper(work, elder.helperId, elder._id)
      }
      // The helper's current elders not kept are freed, then the new pairs are written both ways.
      await detachHelper(
        work,
        helper,
        linked.filter((id) => !elderIds.includes(id)),
      )
      work.patch('members', helper._id, { pairedElderIds: elderIds, updatedAt: serverDate() })
      for (const elder of elders) work.patch('members', elder._id, { helperId: helper._id, updatedAt: serverDate() })
      work.audit(caller, 'members.setPairing', helper._id, { elderIds })
      return success({ helperId: helper._id, elderIds })
    }),
  )
}

export const removePairing: Handler<'members', 'removePairing'> = async ({ data, caller }) => {
  return inLane('pairing', () =>
    inTransaction(async (work) => {
      const elder = await work.get<MemberDoc>('members', data.elderMemberId)
      if (!elder || !canManageMember(caller, elder)) return failure('COMMON.NOT_FOUND')
      const helperId = await detachElder(work, elder)
      if (helperId) work.audit(caller, 'members.removePairing', elder._id, { helperId })
      return success({ elderId: elder._id })
    }),
  )
}
