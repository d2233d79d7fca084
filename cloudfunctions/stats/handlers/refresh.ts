import { success } from '../../../core/result'
import type { OrgDoc } from '../../../core/model'
import type { MonthStatDoc } from '../../../core/stats/model'
import { monthStatId } from '../../../core/stats/model'
import { monthBefore, monthsEndingWith } from '../../../core/stats/months'
import { beijingMonth } from '../../../core/time'
import { writeAudit } from '../../_core/audit'
import type { Handler } from '../../_core/create-function'
import { findByIds, findOne } from '../../_core/db'
import { refreshMonths, type RefreshReport } from '../lib/compute'

/** This month and the one before (late confirmations and minutes land in the month before). */
export function defaultMonths(now = new Date()): string[] {
  const month = beijingMonth(now)
  return [monthBefore(month), month]
}

/** How far back the timer fills in months never computed (a new environment, a first start after seeding). */
const BACKFILL_MONTHS = 12

/**
 * What the daily timer runs: this month and the one before, plus any of the last 12 months the
 * committee has no summary of yet (one read of 12 ids to find out).
 */
export async function refreshRecentMonths(now = new Date()): Promise<RefreshReport> {
  const committee = await findOne<OrgDoc>('orgs', { level: 'committee' })
  const window = monthsEndingWith(beijingMonth(now), BACKFILL_MONTHS)
  const stored = committee
    ? await findByIds<MonthStatDoc>(
        'monthStats',
        window.map((m) => monthStatId(committee._id, m)),
      )
    : new Map()
  const missing = committee ? window.filter((m) => !stored.has(monthStatId(committee._id, m))) : []
  return refreshMonths([...new Set([...missing, ...defaultMonths(now)])].sort(), now)
}

/** The committee recomputes months (default: this one and the one before) and sees what differed. */
export const refreshStats: Handler<'stats', 'refreshStats'> = async ({ data, caller }) => {
  const months = [...new Set(data.months ?? defaultMonths())].sort()
  const report = await refreshMonths(months)
  await writeAudit(caller, 'stats.refreshStats', months.join(','), { months: months.length, changed: report.changed.length })
  return success(report)
}
