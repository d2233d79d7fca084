import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(timezone)

/**
 * The one time module of the tree (server, mini-program, seeds, tests). Everything is stored in UTC
 * and shown in Beijing time with dayjs' utc/timezone plugins, whatever TZ the host or phone runs in:
 * nothing here reads the process's local time, and nothing adds 8 hours by hand.
 */
export const DISPLAY_TZ = 'Asia/Shanghai'

type Instant = Date | number | string

export function toBeijing(date: Instant) {
  return dayjs(date).tz(DISPLAY_TZ)
}

/**
 * Asia/Shanghai has kept UTC+8 all year since 1992 (its last daylight saving ended in September 1991,
 * IANA tzdata), so from then on an instant's Beijing calendar and wall time are the UTC ones of the
 * instant that offset later: read that way (dayjs in UTC mode, host TZ never involved) for the values the
 * server asks for on every posting and the screens on every row, because tz() goes through Intl on
 * each call (~0.25 ms). Earlier instants go through tz(). tests/core/time-wall-clock.test.ts holds the
 * two to the same answers. For reading fields and formatting only: its valueOf() is not the instant.
 */
const FIXED_OFFSET_SINCE = Date.UTC(1992, 0, 1)
/** Beijing's offset from then on, as tzdata gives it (dayjs tz), once. */
const FIXED_OFFSET_MS = dayjs(FIXED_OFFSET_SINCE).tz(DISPLAY_TZ).utcOffset() * 60_000

function wallClock(date: Instant) {
  const instant = dayjs(date)
  const ms = instant.valueOf()
  return ms >= FIXED_OFFSET_SINCE ? dayjs.utc(ms + FIXED_OFFSET_MS) : instant.tz(DISPLAY_TZ)
}

export function formatBeijing(date: Instant, pattern = 'YYYY-MM-DD HH:mm'): string {
  return wallClock(date).format(pattern)
}

/** The Beijing calendar day (YYYY-MM-DD) an instant belongs to. */
export function beijingDay(date: Instant): string {
  return wallClock(date).format('YYYY-MM-DD')
}

/** The Beijing month (YYYY-MM) an instant belongs to. */
export function beijingMonth(date: Instant): string {
  return wallClock(date).format('YYYY-MM')
}

export function beijingYear(date: Instant): number {
  return wallClock(date).year()
}

/** Whole Beijing days after today until the month ends (0 on its last day). */
export function daysLeftInBeijingMonth(now: Instant = Date.now()): number {
  const today = toBeijing(now).startOf('day')
  return today.endOf('month').startOf('day').diff(today, 'day')
}

/** The instants a Beijing month (YYYY-MM) starts at and the next one starts at. */
export function beijingMonthBounds(month: string): { start: Date; end: Date } {
  const start = dayjs.tz(`${month}-01 00:00`, DISPLAY_TZ)
  return { start: start.toDate(), end: start.add(1, 'month').toDate() }
}

/** This Beijing month and the `count - 1` before it, newest first: 「2026-11」, 「2026-10」, … */
export function recentBeijingMonths(count: number, now: Instant = Date.now()): string[] {
  const month = toBeijing(now).startOf('month')
  return Array.from({ length: count }, (_, back) => month.subtract(back, 'month').format('YYYY-MM'))
}

/**
 * A Beijing wall time typed by a person, 「2026-12-20 09:00」 (also 「2026-12-2 9:00」 or a full-width
 * colon), as the UTC instant (ISO), or null when it is not a real time: 2月30日 is refused, not rolled
 * over into March.
 */
export function parseBeijingTime(text: string): string | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2})[:：](\d{2})$/.exec(text.trim())
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number)
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null
  const two = (n: number) => String(n).padStart(2, '0')
  const wall = `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}`
  const instant = dayjs.tz(wall, DISPLAY_TZ)
  return instant.isValid() && instant.format('YYYY-MM-DD HH:mm') === wall ? instant.toISOString() : null
}

/** Noon of a Beijing calendar day (YYYY-MM-DD), or null when the text is not a real day. */
export function beijingNoonOf(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null
  const noon = dayjs.tz(`${day} 12:00`, DISPLAY_TZ)
  return noon.isValid() && noon.format('YYYY-MM-DD') === day ? noon.toDate() : null
}

/** The Beijing day `days` before (negative: after) the day of `date`. */
export function beijingDayBefore(date: Instant, days: number): string {
  return toBeijing(date).subtract(days, 'day').format('YYYY-MM-DD')
}

/**
 * Instants as the database hands them back: a Date (or, through some hosts, an ISO string). Null for
 * nothing or for something that is not a time.
 */
export function toDate(value: Instant | null | undefined): Date | null {
  if (value === null || value === undefined) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** An optional stored instant as the contract sends it: ISO-8601 (UTC), or null. */
export function isoOrNull(value: Instant | null | undefined): string | null {
  return toDate(value)?.toISOString() ?? null
}

/**
 * A stored instant that is always set (a creation or publication time the server stamped), as ISO.
 * A document without it is broken: that is an error, never a made-up time.
 */
export function isoOf(value: Instant | null | undefined): string {
  const date = toDate(value)
  if (!date) throw new Error(`expected a stored time, got ${String(value)}`)
  return date.toISOString()
}
