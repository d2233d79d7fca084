import type { PointsAccountResponse, PointsLedgerResponse } from '../../../core/contract/points'
import type { PointAccountDoc, PointEntryDoc, PointTotalDoc } from '../../../core/points/model'
import { totalId } from '../../../core/points/posting'
import { failure, success, type Result } from '../../../core/result'
import { toBeijing } from '../../../core/time'
import type { HandlerContext } from '../../_core/create-function'
import { command, findById, findMany } from '../../_core/db'
import { callerPerson } from '../lib/person'
import { iso } from '../lib/views'

/** My balance, points earned, service minutes and the last 12 months of earnings (one read each). */
export async function account({ caller }: HandlerContext<Record<string, never>>): Promise<Result<PointsAccountResponse>> {
  const person = callerPerson(caller)
  if (!person.ok) return person
  const now = toBeijing(new Date())
  const months = Array.from({ length: 12 }, (_, i) => now.subtract(11 - i, 'month').format('YYYY-MM'))
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
export async function ledger({ data, caller }: HandlerContext<{ cursor?: string; limit: number }>): Promise<Result<PointsLedgerResponse>> {
  const person = callerPerson(caller)
  if (!person.ok) return person
  const filter: Record<string, unknown> = { accountId: person.value.id }
  if (data.cursor) {
    const before = Number(data.cursor)
    if (!Number.isSafeInteger(before) || before < 1) return failure('COMMON.VALIDATION', 'cursor：分页标记无效', 'cursor')
    filter.seq = command().lt(before)
  }
  const docs = await findMany<PointEntryDoc>('pointEntries', filter, { orderBy: [['seq', 'desc']], limit: data.limit })
  const last = docs[docs.length - 1]
  return success({
    items: docs.map((entry) => ({
      id: entry._id,
      at: iso(entry.at) ?? '',
      kind: entry.kind,
      reason: entry.reason,
      amount: entry.amount,
      minutes: entry.minutes,
      balanceAfter: entry.balanceAfter,
    })),
    nextCursor: docs.length === data.limit && last && last.seq > 1 ? String(last.seq) : null,
  })
}
