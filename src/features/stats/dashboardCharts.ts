import type { DashboardBranch, DashboardMonth } from '@core/contract'
import type { BarRow } from '../../components/BarChart'

/** 「3月」, and the year on the first row and on each January: 「2026年1月」. */
export function monthLabel(month: string, index: number): string {
  const [year, m] = month.split('-')
  return index === 0 || m === '01' ? `${year}年${Number(m)}月` : `${Number(m)}月`
}

export const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10
export const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0)

/** One row per month with the picked values. */
export function monthRows(
  months: DashboardMonth[],
  pick: (m: DashboardMonth) => number[],
  note?: (m: DashboardMonth) => string | undefined,
): BarRow[] {
  return months.map((m, i) => ({ label: monthLabel(m.month, i), values: pick(m), note: note?.(m) }))
}

/** A branch's mean 学时 this year and its mean target, from minutes (1 学时 = `perHour` minutes). */
export function branchStudy(branch: DashboardBranch, perHour: number): { mean: number; target: number } {
  const n = Math.max(1, branch.members)
  return {
    mean: Math.round((branch.studyYearMinutes / n / perHour) * 10) / 10,
    target: Math.round(branch.studyTargetMinutes / n / perHour),
  }
}
