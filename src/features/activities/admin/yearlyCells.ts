import { ACTIVITY_KIND_LABELS } from '@core/activities/constants'
import { PERIOD_STATUS_LABELS, type YearlyRecord, type YearlyRule } from '@core/activities/org-life'

export interface YearlyCell {
  text: string
  missing: boolean
}

/**
 * What one month shows for one rule: held that month (✓ and how often); otherwise a monthly rule says
 * its status, a quarterly one says it in the quarter's last month only (✗ 未开展 when the quarter passed
 * without one). Words and marks, never colour alone.
 */
export function yearlyCell(rule: YearlyRule, record: YearlyRecord, month: string): YearlyCell {
  const period = rule.periods.find((p) => p.months.includes(month))!
  const here = record.months.find((m) => m.month === month)?.held[rule.kind] ?? 0
  if (here) return { text: here > 1 ? `✓ ${here} 次` : '✓ 已开展', missing: false }
  const last = period.months[period.months.length - 1] === month
  if (rule.every === 'quarter' && !last) return { text: '', missing: false }
  if (period.status === 'missing') return { text: `✗ ${PERIOD_STATUS_LABELS.missing}`, missing: true }
  if (period.status === 'held') return { text: '✓ 本季已开展', missing: false }
  return { text: PERIOD_STATUS_LABELS[period.status], missing: false }
}

export const ruleTitle = (rule: YearlyRule) => `${ACTIVITY_KIND_LABELS[rule.kind]}（${rule.every === 'month' ? '每月' : '每季'}）`
