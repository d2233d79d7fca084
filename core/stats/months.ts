import { yearlyRecordOf, type RecordedMeeting } from '../activities/org-life'

/** The months of a window ending with `last` (YYYY-MM), oldest first. */
export function monthsEndingWith(last: string, count: number): string[] {
  const [y, m] = last.split('-').map(Number)
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i)
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  })
}

/** The months after `month` up to and including `last` (empty when `last` is not later). */
export function monthsAfter(month: string, last: string): string[] {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1
  const count = index(last) - index(month)
  return count > 0 ? monthsEndingWith(last, count) : []
}

/** The month before `month` (YYYY-MM). */
export function monthBefore(month: string): string {
  return monthsEndingWith(month, 2)[0]
}

/**
 * 三会一课 held vs required in one month of a branch: the rule periods (core/activities/org-life.ts)
 * that end in that month — every month 主题党日 and 党小组会, at a quarter's end also 支部党员大会 and
 * 党课 — and how many of them had a meeting. The current month counts too (required, held so far).
 */
export function meetingsOfMonth(month: string, meetings: readonly RecordedMeeting[]): { required: number; held: number } {
  const year = Number(month.slice(0, 4))
  const record = yearlyRecordOf(year, meetings, month)
  const ending = record.rules.flatMap((rule) => rule.periods.filter((p) => p.months[p.months.length - 1] === month))
  return { required: ending.length, held: ending.filter((p) => p.status === 'held').length }
}
