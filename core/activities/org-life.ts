import type { ActivityKind } from './constants'

/**
 * The rule table of 组织生活 a branch must keep (三会一课 + 主题党日), and the yearly record built from
 * it: for each rule and each of its periods, whether a meeting with minutes took place. Pure, no zod.
 *   主题党日   every month      党小组会 every month (any group of the branch)
 *   支部党员大会 every quarter   党课     every quarter
 * (支委会 and 组织生活会/民主评议 are recorded and listed, but not counted as required here.)
 */
export interface MeetingRule {
  kind: ActivityKind
  every: 'month' | 'quarter'
}

export const REQUIRED_MEETINGS: readonly MeetingRule[] = [
  { kind: 'themeDay', every: 'month' },
  { kind: 'groupMeeting', every: 'month' },
  { kind: 'branchMeeting', every: 'quarter' },
  { kind: 'partyLesson', every: 'quarter' },
]

/** The secretary is reminded this many days before a month closes without its 主题党日. */
export const THEME_DAY_REMINDER_DAYS = 7

/** held: took place; missing: the period is over without one; due: this period, not yet; later: still to come. */
export type PeriodStatus = 'held' | 'missing' | 'due' | 'later'

export const PERIOD_STATUS_LABELS: Record<PeriodStatus, string> = { held: '已开展', missing: '未开展', due: '待开展', later: '—' }

export interface RecordedMeeting {
  kind: ActivityKind
  /** Beijing month, YYYY-MM. */
  month: string
  /** 到会率 of that meeting (percent), when its register was kept. */
  rate: number | null
}

export interface RulePeriod {
  /** YYYY-MM for a monthly rule, YYYY-Qn for a quarterly one. */
  period: string
  months: string[]
  held: number
  status: PeriodStatus
}

export interface YearlyRule extends MeetingRule {
  periods: RulePeriod[]
}

export interface YearlyMonth {
  month: string
  /** Meetings with minutes that month, per kind (every kind, required or not). */
  held: Partial<Record<ActivityKind, number>>
  /** Required kinds whose period ended in this month without one. */
  missing: ActivityKind[]
  /** Mean 到会率 of that month's meetings with a register; null when none. */
  rate: number | null
}

export interface YearlyRecord {
  year: number
  rules: YearlyRule[]
  months: YearlyMonth[]
  /** Periods required so far (ended or current), held, and missing (ended without one). */
  totals: { required: number; held: number; missing: number }
}

const pad = (n: number) => String(n).padStart(2, '0')
export const monthsOfYear = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`)

/** The record of one branch's year, as of `currentMonth` (YYYY-MM, Beijing). */
export function yearlyRecordOf(year: number, meetings: readonly RecordedMeeting[], currentMonth: string): YearlyRecord {
  const months = monthsOfYear(year)
  const countIn = (kind: ActivityKind, inMonths: string[]) => meetings.filter((m) => m.kind === kind && inMonths.includes(m.month)).length
  const statusOf = (held: number, inMonths: string[]): PeriodStatus => {
    if (held > 0) return 'held'
    if (inMonths[inMonths.length - 1] < currentMonth) return 'missing'
    return inMonths[0] <= currentMonth ? 'due' : 'later'
  }
  const rules = REQUIRED_MEETINGS.map((rule): YearlyRule => {
    const groups =
      rule.every === 'month'
        ? months.map((m) => ({ period: m, months: [m] }))
        : [0, 1, 2, 3].map((q) => ({ period: `${year}-Q${q + 1}`, months: months.slice(q * 3, q * 3 + 3) }))
    return {
      ...rule,
      periods: groups.map((g) => {
        const held = countIn(rule.kind, g.months)
        return { ...g, held, status: statusOf(held, g.months) }
      }),
    }
  })
  const yearlyMonths = months.map((month): YearlyMonth => {
    const those = meetings.filter((m) => m.month === month)
    const held: Partial<Record<ActivityKind, number>> = {}
    for (const m of those) held[m.kind] = (held[m.kind] ?? 0) + 1
    const missing = rules.flatMap((rule) =>
      rule.periods.filter((p) => p.status === 'missing' && p.months[p.months.length - 1] === month).map(() => rule.kind),
    )
    const rates = those.flatMap((m) => (m.rate === null ? [] : [m.rate]))
    return { month, held, missing, rate: rates.length ? Math.round(rates.reduce((a, b) => a + b, 0) / rates.length) : null }
  })
  const periods = rules.flatMap((rule) => rule.periods).filter((p) => p.status !== 'later')
  return {
    year,
    rules,
    months: yearlyMonths,
    totals: {
      required: periods.length,
      held: periods.filter((p) => p.status === 'held').length,
      missing: periods.filter((p) => p.status === 'missing').length,
    },
  }
}

/**
 * Whether the secretary is due the reminder today: the month closes within THEME_DAY_REMINDER_DAYS
 * days (Beijing calendar) and no 主题党日 of this month has minutes or is still scheduled.
 */
export function themeDayReminderDue(daysLeftInMonth: number, heldOrScheduled: boolean): boolean {
  return daysLeftInMonth <= THEME_DAY_REMINDER_DAYS && daysLeftInMonth >= 0 && !heldOrScheduled
}
