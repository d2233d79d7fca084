import type { ReconcileResponse } from '../../../core/contract/points'
import type { PointAccountDoc, PointTotalDoc } from '../../../core/points/model'
import { isIssuerAccount } from '../../../core/points/model'
import { success } from '../../../core/result'
import { writeAudit } from '../../_core/audit'
import type { Handler } from '../../_core/create-function'
import { aggregate, command, countWhere, findMany } from '../../_core/db'
import { releaseStaleHolds } from '../lib/stock'

const PAGE = 100

interface Sums {
  _id: string
  amount: number
  earning: number
  minutes: number
  count: number
}

/**
 * 对账: walks every account (keyset on `_id`, 100 at a time) and recomputes it from its own entries:
 * balance = Σ amount, earned = Σ earning, minutes = Σ minutes, and the all-time ranking total agrees.
 * The balances of all accounts, the issuer's included, must sum to zero, and every entry must belong to
 * an account. Any difference is reported (nothing is changed).
 */
export async function reconcileLedger(): Promise<ReconcileResponse> {
  const _ = command()
  const differences: ReconcileResponse['differences'] = []
  let accounts = 0
  let entries = 0
  let totalBalance = 0
  let last: string | null = null
  for (;;) {
    const page: PointAccountDoc[] = await findMany<PointAccountDoc>('pointAccounts', last ? { _id: _.gt(last) } : {}, {
      orderBy: [['_id', 'asc']],
      limit: PAGE,
    })
    if (!page.length) break
    const ids = page.map((a) => a._id)
    const $ = _.aggregate
    const sums = await aggregate<Sums>('pointEntries', (agg) =>
      agg
        .match({ accountId: _.in(ids) })
        .group({ _id: '$accountId', amount: $.sum('$amount'), earning: $.sum('$earning'), minutes: $.sum('$minutes'), count: $.sum(1) })
        .limit(PAGE),
    )
    const totals = await findMany<PointTotalDoc>('pointTotals', { _id: _.in(ids.map((id) => `all:${id}`)) }, { limit: PAGE })
    const sumById = new Map(sums.map((s) => [s._id, s]))
    const totalById = new Map(totals.map((t) => [t.personId, t]))
    for (const account of page) {
      const sum = sumById.get(account._id) ?? { amount: 0, earning: 0, minutes: 0, count: 0 }
      accounts++
      entries += sum.count
      totalBalance += account.balance
      if (account.balance !== sum.amount)
        differences.push({ accountId: account._id, field: 'balance', stored: account.balance, fromEntries: sum.amount })
      if (isIssuerAccount(account._id)) continue
      if (account.earned !== sum.earning)
        differences.push({ accountId: account._id, field: 'earned', stored: account.earned, fromEntries: sum.earning })
      if (account.minutes !== sum.minutes)
        differences.push({ accountId: account._id, field: 'minutes', stored: account.minutes, fromEntries: sum.minutes })
      const total = totalById.get(account._id)
      if (total ? total.points !== sum.earning : sum.earning !== 0)
        differences.push({ accountId: account._id, field: 'totals', stored: total?.points ?? 0, fromEntries: sum.earning })
    }
    last = page[page.length - 1]._id
    if (page.length < PAGE) break
  }
  const allEntries = await countWhere('pointEntries', {})
  if (allEntries !== entries) differences.push({ accountId: '*', field: 'balance', stored: entries, fromEntries: allEntries })
  return {
    ok: totalBalance === 0 && differences.length === 0,
    accounts,
    entries: allEntries,
    totalBalance,
    differences: differences.slice(0, 100),
  }
}

/**
 * 对账 by an admin. Before checking the ledger it settles stock holds older than their TTL (as the
 * daily timer does, lib/stock.ts): stock held by a redemption that died before its order is given
 * back — the one change it makes, recorded in its audit entry.
 */
export const reconcile: Handler<'points', 'reconcile'> = async ({ caller }) => {
  const staleHoldsReleased = await releaseStaleHolds()
  const report = await reconcileLedger()
  await writeAudit(caller, 'points.reconcile', 'pointAccounts', {
    ok: report.ok,
    accounts: report.accounts,
    differences: report.differences.length,
    staleHoldsReleased,
  })
  return success(report)
}
