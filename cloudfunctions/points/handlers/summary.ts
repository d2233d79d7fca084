import { ISSUER_ACCOUNT_IDS, statShardIds, type PointAccountDoc, type PointStatDoc } from '../../../core/points/model'
import { success } from '../../../core/result'
import { recentBeijingMonths } from '../../../core/time'
import type { Handler } from '../../_core/create-function'
import { command, countWhere, findMany } from '../../_core/db'

type Sums = Pick<PointStatDoc, 'issued' | 'withdrawn' | 'spent' | 'refunded' | 'minutes'>

/** A statistic summed over its shard documents (`all`, `all#00` … `all#31`). */
function sumOf(docs: PointStatDoc[]): Sums {
  const out: Sums = { issued: 0, withdrawn: 0, spent: 0, refunded: 0, minutes: 0 }
  for (const doc of docs) for (const key of Object.keys(out) as Array<keyof Sums>) out[key] += doc[key] ?? 0
  return out
}

/** The bank's totals (from the statistics kept by every posting), the last 12 months and what waits. */
export const summary: Handler<'points', 'summary'> = async () => {
  const months = recentBeijingMonths(12).reverse()
  const _ = command()
  const monthIds = months.flatMap((m) => statShardIds(`m:${m}`))
  const [allDocs, monthly, issuers, pendingDeeds, pendingAdjustments, pendingOrders] = await Promise.all([
    findMany<PointStatDoc>('pointStats', { _id: _.in(statShardIds('all')) }, { limit: ISSUER_ACCOUNT_IDS.length }),
    findMany<PointStatDoc>('pointStats', { _id: _.in(monthIds) }, { limit: monthIds.length }),
    findMany<PointAccountDoc>('pointAccounts', { _id: _.in([...ISSUER_ACCOUNT_IDS]) }, { limit: ISSUER_ACCOUNT_IDS.length }),
    countWhere('goodDeeds', { status: 'pending' }),
    countWhere('pointAdjustments', { status: 'pending' }),
    countWhere('pointOrders', { status: 'pending' }),
  ])
  const all = sumOf(allDocs)
  return success({
    ...all,
    outstanding: -issuers.reduce((sum, account) => sum + account.balance, 0),
    months: months.map((month) => {
      const { issued, spent, refunded, withdrawn } = sumOf(monthly.filter((doc) => doc._id.split('#')[0] === `m:${month}`))
      return { month, issued, spent, refunded, withdrawn }
    }),
    pendingDeeds,
    pendingAdjustments,
    pendingOrders,
  })
}
