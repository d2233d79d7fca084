import { findWorkday, isWorkday } from 'chinese-days'
import { TICKET_NEAR_DUE_WORKING_DAYS, TICKET_WORKING_DAYS, type ClockState } from './constants'

/**
 * The 20-working-day clock of 民生诉求, on China's official calendar: public holidays are off and the
 * 调休 make-up days (a Saturday or Sunday worked instead) count as working days. The calendar is the
 * maintained `chinese-days` package (pinned; its data covers the years the State Council has
 * announced — a new year's schedule arrives with a new version of the package), never a hand-made list.
 *
 * Everything here takes and returns Beijing calendar days (YYYY-MM-DD, see core/time `beijingDay`), so
 * the result never depends on the server's time zone. Pure: used by the community function only (the
 * mini-program shows the due day and clock state the server computed, and carries no calendar).
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/

function assertDay(day: string): void {
  if (!DAY.test(day)) throw new Error(`expected a YYYY-MM-DD day, got ${day}`)
}

export function isWorkingDay(day: string): boolean {
  assertDay(day)
  return isWorkday(day)
}

/**
 * The `count`-th working day after `day` (the day itself does not count, whatever it is): a ticket
 * accepted on 2026-09-30 is due 20 working days later, on 2026-11-03, past the National Day week and
 * counting the make-up Saturday 2026-10-10.
 */
export function addWorkingDays(day: string, count: number): string {
  assertDay(day)
  if (!Number.isInteger(count) || count < 1) throw new Error(`expected a positive whole count, got ${count}`)
  return findWorkday(count, day)
}

/** The due day of a ticket accepted on `acceptedDay` (Beijing). */
export function ticketDueDay(acceptedDay: string): string {
  return addWorkingDays(acceptedDay, TICKET_WORKING_DAYS)
}

/**
 * Working days from `from` (exclusive) up to `to` (inclusive); 0 when `to` is not after `from`.
 * (Walks day by day: the spans here are a few weeks.)
 */
export function workingDaysBetween(from: string, to: string): number {
  assertDay(from)
  assertDay(to)
  let count = 0
  let day = from
  while (day < to) {
    day = nextDay(day)
    if (isWorkday(day)) count += 1
  }
  return count
}

/**
 * Where a ticket stands against its clock on `today`: done once closed; overdue from the day after
 * its due day; near due when TICKET_NEAR_DUE_WORKING_DAYS working days or fewer remain (the due day
 * itself counts as remaining).
 */
export function clockStateOf(dueDay: string | null, today: string, closed: boolean): ClockState | null {
  if (closed) return 'done'
  if (!dueDay) return null
  if (today > dueDay) return 'overdue'
  return workingDaysLeft(dueDay, today) <= TICKET_NEAR_DUE_WORKING_DAYS ? 'nearDue' : 'onTime'
}

/** Working days still left until `dueDay` (today counted when it is a working day); 0 once past. */
export function workingDaysLeft(dueDay: string, today: string): number {
  if (today > dueDay) return 0
  return workingDaysBetween(today, dueDay) + (isWorkday(today) ? 1 : 0)
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  const next = new Date(Date.UTC(y, m - 1, d + 1))
  return next.toISOString().slice(0, 10)
}
