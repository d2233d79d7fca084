import type { MonthStatDoc, MonthStatNumbers } from '../../../core/stats/model'
import { differingFields, emptyNumbers, monthStatId } from '../../../core/stats/model'
import { collection, findByIds } from '../../_core/db'
import { activityNumbers } from './activity-numbers'
import { contextOf, countsFor, rosterInputs, type MonthContext } from './context'
import { meetingNumbers } from './meeting-numbers'
import { noticeNumbers } from './notice-numbers'
import { pointNumbers } from './points-numbers'
import { studyNumbers } from './study-numbers'

export interface RefreshReport {
  months: string[]
  orgs: number
  written: number
  changed: Array<{ id: string; fields: string[] }>
}

/** One month's numbers for every summary org, from that month's own documents. */
export async function computeMonth(ctx: MonthContext): Promise<Map<string, MonthStatNumbers>> {
  const parts = await Promise.all([activityNumbers(ctx), pointNumbers(ctx), studyNumbers(ctx), noticeNumbers(ctx), meetingNumbers(ctx)])
  const result = new Map<string, MonthStatNumbers>()
  for (const org of ctx.statOrgs) {
    const numbers = emptyNumbers()
    numbers.members = ctx.members.filter((m) => countsFor(org, m.orgPath)).length
    for (const part of parts) Object.assign(numbers, part.get(org._id))
    result.set(org._id, numbers)
  }
  return result
}

/**
 * Recomputes the months and stores each org's summary (a whole-document set: a rerun lands on the
 * same numbers), reporting which stored numbers differed — the reconcile of the summaries.
 */
export async function refreshMonths(months: string[], now = new Date()): Promise<RefreshReport> {
  const inputs = await rosterInputs()
  const report: RefreshReport = { months, orgs: 0, written: 0, changed: [] }
  for (const month of months) {
    const ctx = contextOf(month, inputs, now)
    report.orgs = ctx.statOrgs.length
    const computed = await computeMonth(ctx)
    const ids = ctx.statOrgs.map((org) => monthStatId(org._id, month))
    const stored = await findByIds<MonthStatDoc>('monthStats', ids)
    for (const org of ctx.statOrgs) {
      const id = monthStatId(org._id, month)
      const numbers = computed.get(org._id)!
      const fields = differingFields(stored.get(id) ?? null, numbers)
      if (fields.length) report.changed.push({ id, fields })
      const doc: Omit<MonthStatDoc, '_id'> = { orgId: org._id, month, year: ctx.year, ...numbers, computedAt: now }
      await collection('monthStats').doc(id).set({ data: doc })
      report.written += 1
    }
  }
  return report
}
