/**
 * Run by tests/core/time.test.ts in a child process with its own TZ: prints what core/time answers
 * for fixed instants, and the process's own local hour for one of them (so the test can see the TZ
 * really was different).
 */
import { beijingDay, beijingMonth, beijingNoonOf, beijingYear, formatBeijing, parseBeijingTime, recentBeijingMonths } from '../../core/time'

// 2026-12-31 16:30 UTC is 2027-01-01 00:30 in Beijing: a new day, month and year there, not in UTC.
const NEW_YEAR = new Date('2026-12-31T16:30:00Z')

process.stdout.write(
  JSON.stringify({
    tz: process.env.TZ,
    localHour: NEW_YEAR.getHours(),
    day: beijingDay(NEW_YEAR),
    month: beijingMonth(NEW_YEAR),
    year: beijingYear(NEW_YEAR),
    shown: formatBeijing(NEW_YEAR),
    typed: parseBeijingTime('2027-01-01 00:30'),
    rolledOver: parseBeijingTime('2026-02-30 09:00'),
    months: recentBeijingMonths(3, NEW_YEAR),
    noon: beijingNoonOf('2027-01-01')?.toISOString() ?? null,
  }),
)
