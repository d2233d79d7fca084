import type { Handler } from '../../_core/create-function'
import { command, countWhere } from '../../_core/db'
import { success } from '../../../core/result'
import { mayReview } from '../lib/approval'

/**
 * 首页 待办 for a manager: good deeds waiting in their subtree, adjustments they may approve (someone
 * else's, while they are a second approver), and — for admins, who fulfil — orders waiting for pickup.
 */
export const counts: Handler<'points', 'counts'> = async ({ caller }) => {
  const scopeId = caller.scopeOrg?._id ?? null
  const [deeds, adjustments, orders] = await Promise.all([
    scopeId ? countWhere('goodDeeds', { status: 'pending', orgPath: scopeId }) : 0,
    (await mayReview(caller)) ? countWhere('pointAdjustments', { status: 'pending', createdByOpenid: command().neq(caller.openid) }) : 0,
    caller.role === 'admin' ? countWhere('pointOrders', { status: 'pending' }) : 0,
  ])
  return success({ deeds, adjustments, orders })
}
