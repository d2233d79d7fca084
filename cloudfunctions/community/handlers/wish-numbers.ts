import { WISH_POINTS, WISH_STATUSES } from '../../../core/community/constants'
import type { WishDoc } from '../../../core/community/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { findAll } from '../../_core/db'

/** 微心愿 in the manager's subtree: how many posted, in each state, lapsed claims, points given. */
export const wishNumbers: Handler<'community', 'wishNumbers'> = async ({ caller }) => {
  if (!caller.scopeOrg) return failure('COMMON.FORBIDDEN')
  const wishes = await findAll<WishDoc>('wishes', { orgPath: caller.scopeOrg._id }, { fields: { status: true, lapses: true } })
  const byStatus = Object.fromEntries(WISH_STATUSES.map((status) => [status, 0])) as Record<WishDoc['status'], number>
  let lapsed = 0
  for (const wish of wishes) {
    byStatus[wish.status] += 1
    lapsed += wish.lapses ?? 0
  }
  return success({ posted: wishes.length, ...byStatus, lapsed, pointsAwarded: byStatus.confirmed * WISH_POINTS })
}
