import type { ResidentDoc } from '../../../core/model'
import { success } from '../../../core/result'
import { residentIdOf } from '../../../core/rules/roster'
import { screenText } from '../../_core/content-security'
import type { Handler } from '../../_core/create-function'
import { findById, insert, serverDate } from '../../_core/db'
import { isDuplicateKeyError } from '../../_core/db-errors'
import { resolvePlace } from '../lib/buildings'
import { linkUser } from '../lib/users'

/**
 * A visitor registers as a resident. The resident's `_id` is derived from the openid, so ten parallel
 * taps (or a retry after a lost reply) make one resident; the later ones find it and change nothing.
 */
export const register: Handler<'members', 'register'> = async ({ data, caller }) => {
  // A retry whose first attempt already made the caller a resident: the same answer, nothing written.
  if (caller.resident) return success({ residentId: caller.resident._id, role: 'resident' })
  const place = await resolvePlace(data)
  if (!place.ok) return place
  const screened = await screenText(caller, [data.name, data.building, data.unit], 'profile')
  if (!screened.ok) return screened
  const residentId = residentIdOf(caller.openid)
  const resident: Omit<ResidentDoc, 'createdAt' | 'updatedAt'> & Record<string, unknown> = {
    _id: residentId,
    openid: caller.openid,
    name: data.name,
    phone: data.phone,
    building: place.value.building,
    unit: place.value.unit,
    rankingOptOut: false,
  }
  try {
    await insert('residents', { ...resident, createdAt: serverDate(), updatedAt: serverDate() })
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    // Already registered (a retry, or a registration whose user link failed): keep the first one.
    if (!(await findById<ResidentDoc>('residents', residentId))) throw error
  }
  await linkUser(caller.openid, { residentId })
  return success({ residentId, role: 'resident' })
}
