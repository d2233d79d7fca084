import { ISSUER_ACCOUNT_ID, type PointAccountDoc, type PointStatDoc } from '../../../core/points/model'
import { success } from '../../../core/result'
import { recentBeijingMonths } from '../../../core/time'
import type { Handler } from '../../_core/create-function'
import { command, countWhere, findById, findMany } from '../../_core/db'

/** The bank's totals (from the statistics kept by every posting), the last 12 months and what waits. */
export const summary: Handler<'points', 'summary'> = async () => {
  const months = recentBeijingMonths(12).reverse()
  const [all, monthly, issuer, pendingDeeds, pendingAdjustments, pendingOrders] = await Promise.all([
    findById<PointStatDoc>('pointStats', 'all'),
    findMany<PointStatDoc>('pointStats', { _id: command().in(months.map((m) => `m:${m}`)) }, { limit: 12 }),
    findById<PointAccountDoc>('pointAccounts', ISSUER_ACCOUNT_ID),
    countWhere('goodDeeds', { status: 'pending' }),
    countWhere('pointAdjustments', { status: 'pending' }),
    countWhere('pointOrders', { status: 'pending' }),
  ])
  const byId = new Map(monthly.map((doc) => [doc._id, doc]))
  return success({
    issued: all?.issued ?? 0,
    withdrawn: all?.withdrawn ?? 0,
    spent: all?.spent ?? 0,
    refunded: all?.refunded ?? 0,
    outstanding: -(issuer?.balance ?? 0),
    minutes: all?.minutes ?? 0,
    months: months.map((month) => {
      const doc = byId.get(`m:${month}`)
      return { month, issued: doc?.issued ?? 0, spent: doc?.spent ?? 0, refunded: doc?.refunded ?? 0, withdrawn: doc?.withdrawn ?? 0 }
    }),
    pendingDeeds,
    pendingAdjustments,
    pendingOrders,
  })
}
