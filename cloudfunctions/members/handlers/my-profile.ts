import { failure, success } from '../../../core/result'
import { memberSortKey } from '../../../core/rules/roster'
import { resolveCaller } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { command, serverDate, updateWhere } from '../../_core/db'
import { duplicateKeyField, isDuplicateKeyError } from '../../_core/db-errors'
import { resolvePlace } from '../lib/buildings'
import { describeCaller } from '../lib/describe-caller'

/**
 * A person corrects their own contact details: a member on their roster entry (a phone already on the
 * roster is MEMBER.PHONE_TAKEN), a resident on their registration. Only the caller's own document.
 */
export const updateMyContact: Handler<'members', 'updateMyContact'> = async ({ data, caller }) => {
  const patch: Record<string, unknown> = {}
  if (data.phone !== undefined) patch.phone = data.phone
  if (data.building !== undefined || data.unit !== undefined) {
    // The unit is checked against the building it belongs to: the new one, or the one on record.
    const current = caller.member ?? caller.resident
    const place = await resolvePlace({ building: data.building ?? current?.building ?? '', unit: data.unit ?? current?.unit ?? '' })
    if (!place.ok) return place
    if (data.building !== undefined) patch.building = place.value.building
    patch.unit = place.value.unit
  }
  if (!Object.keys(patch).length) return success(await describeCaller(caller))
  if (caller.member) {
    try {
      await updateWhere(
        'members',
        { _id: caller.member._id },
        { ...patch, sortKey: memberSortKey(caller.member.name, caller.member._id), version: command().inc(1), updatedAt: serverDate() },
      )
    } catch (error) {
      if (isDuplicateKeyError(error) && duplicateKeyField(error) === 'phone') return failure('MEMBER.PHONE_TAKEN', undefined, 'phone')
      throw error
    }
  } else if (caller.resident) {
    await updateWhere('residents', { _id: caller.resident._id }, { ...patch, updatedAt: serverDate() })
  } else {
    return failure('COMMON.FORBIDDEN')
  }
  return success(await describeCaller(await resolveCaller(caller.openid)))
}

/** 排行榜 opt-out: stored on the member entry (members) or the registration (residents). */
export const setRankingOptOut: Handler<'members', 'setRankingOptOut'> = async ({ data, caller }) => {
  if (caller.member) await updateWhere('members', { _id: caller.member._id }, { rankingOptOut: data.optOut, updatedAt: serverDate() })
  if (caller.resident) await updateWhere('residents', { _id: caller.resident._id }, { rankingOptOut: data.optOut, updatedAt: serverDate() })
  if (!caller.member && !caller.resident) return failure('COMMON.FORBIDDEN')
  return success(await describeCaller(await resolveCaller(caller.openid)))
}
