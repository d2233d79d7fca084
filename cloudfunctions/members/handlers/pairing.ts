import type { MemberDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { writeAudit } from '../../_core/audit'
import type { HandlerContext } from '../../_core/create-function'
import { command, serverDate, updateWhere } from '../../_core/db'
import { loadMemberInScope } from '../lib/scope'

/**
 * 结对: a helper looks after one or two elders. The helper's `pairedElderIds` is the source of truth
 * (written in one update, so it never holds more than two); each elder's `helperId` is the reverse
 * link (one helper per elder). Pairing an elder who had another helper moves them.
 */
export async function setPairing({ data, caller }: HandlerContext<{ helperMemberId: string; elderMemberIds: string[] }>): Promise<Result<{ helperId: string; elderIds: string[] }>> {
  const elderIds = [...new Set(data.elderMemberIds)]
  if (elderIds.includes(data.helperMemberId)) return failure('COMMON.VALIDATION', 'elderMemberIds：不能与本人结对', 'elderMemberIds')
  const helper = await loadMemberInScope(caller, data.helperMemberId)
  if (!helper.ok) return helper
  if (helper.value.archived) return failure('MEMBER.ARCHIVED')
  const elders: MemberDoc[] = []
  for (const id of elderIds) {
    const elder = await loadMemberInScope(caller, id)
    if (!elder.ok) return elder
    if (elder.value.archived) return failure('MEMBER.ARCHIVED')
    if (!elder.value.elder) return failure('MEMBER.NOT_ELDER')
    elders.push(elder.value)
  }

  const _ = command()
  for (const elder of elders) {
    if (elder.helperId && elder.helperId !== helper.value._id) {
      await updateWhere('members', { _id: elder.helperId }, { pairedElderIds: _.pull(elder._id), updatedAt: serverDate() })
    }
  }
  await updateWhere('members', { _id: helper.value._id }, { pairedElderIds: elderIds, updatedAt: serverDate() })
  const dropped = (helper.value.pairedElderIds ?? []).filter((id) => !elderIds.includes(id))
  for (const id of dropped) await updateWhere('members', { _id: id, helperId: helper.value._id }, { helperId: null, updatedAt: serverDate() })
  for (const elder of elders) await updateWhere('members', { _id: elder._id }, { helperId: helper.value._id, updatedAt: serverDate() })
  await writeAudit(caller, 'members.setPairing', helper.value._id, { elderIds })
  return success({ helperId: helper.value._id, elderIds })
}

export async function removePairing({ data, caller }: HandlerContext<{ elderMemberId: string }>): Promise<Result<{ elderId: string }>> {
  const elder = await loadMemberInScope(caller, data.elderMemberId)
  if (!elder.ok) return elder
  const helperId = elder.value.helperId
  if (helperId) {
    await updateWhere('members', { _id: helperId }, { pairedElderIds: command().pull(elder.value._id), updatedAt: serverDate() })
    await updateWhere('members', { _id: elder.value._id, helperId }, { helperId: null, updatedAt: serverDate() })
    await writeAudit(caller, 'members.removePairing', elder.value._id, { helperId })
  }
  return success({ elderId: elder.value._id })
}
