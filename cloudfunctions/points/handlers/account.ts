import type { PointAccountDoc, PointEntryDoc, PointTotalDoc } from '../../../core/points/model'
import { totalId } from '../../../core/points/posting'
import { success } from '../../../core/result'
import { isoOf, recentBeijingMonths } from '../../../core/time'
import type { Handler } from '../../_core/create-function'
import { command, findById, findMany } from '../../_core/db'
import { pageBy, viewPage } from '../../_core/paging'
import { callerPerson } from '../lib/person'

/** My balance, points earned, service minutes and the last 12 months of earnings (one read each). */
export const account: Handler<'points', 'account'> = async ({ caller }) => {
  const person = callerPerson(caller)
  if (!person.ok) return person
  const months = recentBeijingMonths(12).reverse()
  const ids = months.map((month) => totalId(`m:${month}`, person.value.id))
  const [doc, totals] = await Promise.all([
    findById<PointAccountDoc>('pointAccounts', person.value.id),
    findMany<PointTotalDoc>('pointTotals', { _id: command().in(ids) }, { limit: 12 }),
  ])
  const byId = new Map(totals.map((total) => [total._id, total.points]))
  return success({
    personId: person.value.id,
    balance: doc?.balance ?? 0,
    earned: doc?.earned ?? 0,
    minutes: doc?.minutes ?? 0,
    months: months.map((month, i) => ({ month, points: byId.get(ids[i]) ?? 0 })),
  })
}

/** My statement, newest first, keyset on the entry's position in the account (`seq`). */
export const ledger: Handler<'points', 'ledger'> = async ({ data, caller }) => {
  const person = callerPerson(caller)
  if (!person.ok) return person
  const page = await pageBy<PointEntryDoc>(
    'pointEntries',
    { accountId: person.value.id },
    { by: 'seq', direction: 'desc', unique: true },
    data,
  )
  if (!page.ok) return page
  return success(
    viewPage(page.value, (entry) => ({
      id: entry._id,
      at: isoOf(entry.at),
      kind: entry.kind,
      reason: entry.reason,
      amount: entry.amount,
      minutes: entry.minutes,
      balanceAfter: entry.balanceAfter,
    })),
  )
}
