import { success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { pairedEldersOf } from '../../_core/pairing'

/**
 * The helper's elders, with full phone numbers (the helper phones them). Only elders the helper may
 * act for (both links) are shown, so a re-pairing elsewhere takes effect at once.
 */
export const myElders: Handler<'members', 'myElders'> = async ({ caller }) => {
  const elders = await pairedEldersOf(caller.member)
  return success({
    elders: elders.map((doc) => ({
      id: doc._id,
      name: doc.name,
      phone: doc.phone,
      building: doc.building ?? '',
      unit: doc.unit ?? '',
      birthYear: doc.birthYear,
    })),
  })
}
