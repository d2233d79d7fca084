import type { ElderContact } from '../../../core/contract/members'
import type { MemberDoc } from '../../../core/model'
import { success, type Result } from '../../../core/result'
import type { HandlerContext } from '../../_core/create-function'
import { command, findMany } from '../../_core/db'

/**
 * The helper's elders, with full phone numbers (the helper phones them). Only elders whose reverse
 * link still points at this helper are shown, so a re-pairing elsewhere takes effect at once.
 */
export async function myElders({ caller }: HandlerContext<Record<string, never>>): Promise<Result<{ elders: ElderContact[] }>> {
  const ids = caller.member?.pairedElderIds ?? []
  if (!caller.member || !ids.length) return success({ elders: [] })
  const docs = await findMany<MemberDoc>(
    'members',
    { _id: command().in(ids), helperId: caller.member._id, archived: false },
    { limit: ids.length },
  )
  const byId = new Map(docs.map((doc) => [doc._id, doc]))
  const elders = ids
    .map((id) => byId.get(id))
    .filter((doc): doc is MemberDoc => Boolean(doc))
    .map((doc) => ({
      id: doc._id,
      name: doc.name,
      phone: doc.phone,
      building: doc.building ?? '',
      unit: doc.unit ?? '',
      birthYear: doc.birthYear,
    }))
  return success({ elders })
}
