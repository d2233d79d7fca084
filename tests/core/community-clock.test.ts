/**
 * The 20-working-day clock of 民生诉求 on China's official calendar (chinese-days): holidays off,
 * 调休 Saturdays and Sundays on, across 2025 and 2026.
 */
import { median } from '../../core/community/numbers'
import {
  addWorkingDays,
  clockStateOf,
  isWorkingDay,
  ticketDueDay,
  workingDaysBetween,
  workingDaysLeft,
} from '../../core/community/working-days'

test('the calendar knows 2025 and 2026: holidays are off, make-up weekend days are working days', () => {
  // 2025 国庆 + 中秋: 10-01…10-08 off, Sunday 09-28 and Saturday 10-11 worked.
  expect(['2025-10-01', '2025-10-06', '2025-10-08'].map(isWorkingDay)).toEqual([false, false, false])
  expect(['2025-09-28', '2025-10-11'].map(isWorkingDay)).toEqual([true, true])
  // 2025 春节: Sunday 01-26 and Saturday 02-08 worked.
  expect(['2025-01-26', '2025-02-08', '2025-01-29'].map(isWorkingDay)).toEqual([true, true, false])
  // 2026 元旦: Sunday 01-04 worked; 春节: Saturdays 02-14 and 02-28 worked.
  expect(['2026-01-01', '2026-01-04', '2026-02-14', '2026-02-17', '2026-02-28'].map(isWorkingDay)).toEqual([false, true, true, false, true])
  // 2026 国庆: 10-01…10-07 off, Sunday 09-20 and Saturday 10-10 worked.
  expect(['2026-09-20', '2026-10-01', '2026-10-07', '2026-10-08', '2026-10-10', '2026-10-11'].map(isWorkingDay)).toEqual([
    true,
    false,
    false,
    true,
    true,
    false,
  ])
  // An ordinary weekend is off.
  expect(['2026-11-28', '2026-11-29', '2026-11-30'].map(isWorkingDay)).toEqual([false, false, true])
})

test('accepted on the working day before the 2026 National Day holiday: due 2026-11-03', () => {
  // 10-08 Thu (1), 10-09 Fri (2), 10-10 make-up Saturday (3), then 17 ordinary working days to 11-03.
  expect(ticketDueDay('2026-09-30')).toBe('2026-11-03')
  expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10')
  expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08')
})

test('due dates across the 2025 holidays', () => {
  // Accepted Friday 2025-09-26: 09-28 (make-up Sunday) counts, 10-01…10-08 do not, 10-11 (Saturday) does.
  expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28')
  expect(addWorkingDays('2025-09-26', 3)).toBe('2025-09-30')
  expect(addWorkingDays('2025-09-26', 4)).toBe('2025-10-09')
  expect(addWorkingDays('2025-09-26', 6)).toBe('2025-10-11')
  expect(ticketDueDay('2025-09-26')).toBe('2025-10-30')
  // 2025 春节 (01-28…02-04 off; 01-26 and 02-08 worked): accepted Friday 01-24.
  expect(addWorkingDays('2025-01-24', 1)).toBe('2025-01-26')
  expect(addWorkingDays('2025-01-24', 2)).toBe('2025-01-27')
  expect(addWorkingDays('2025-01-24', 3)).toBe('2025-02-05')
  expect(addWorkingDays('2025-01-24', 6)).toBe('2025-02-08')
  expect(ticketDueDay('2025-01-24')).toBe('2025-02-27')
  // An ordinary stretch: 20 working days are four weeks.
  expect(ticketDueDay('2025-11-03')).toBe('2025-12-01')
})

test('due dates across the 2026 Spring Festival (make-up Saturdays 02-14 and 02-28)', () => {
  expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14')
  expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24')
  expect(addWorkingDays('2026-02-13', 6)).toBe('2026-02-28')
  expect(ticketDueDay('2026-02-13')).toBe('2026-03-19')
  // Accepted on a holiday: counting starts with the next working day.
  expect(addWorkingDays('2026-10-03', 1)).toBe('2026-10-08')
})

test('working days between two days, and left until due', () => {
  expect(workingDaysBetween('2026-09-30', '2026-11-03')).toBe(20)
  expect(workingDaysBetween('2026-11-03', '2026-09-30')).toBe(0)
  expect(workingDaysLeft('2026-11-03', '2026-11-03')).toBe(1)
  expect(workingDaysLeft('2026-11-03', '2026-11-04')).toBe(0)
  expect(workingDaysLeft('2026-11-03', '2026-10-30')).toBe(3)
})

test('clock state: on time, near due (3 working days or fewer left), overdue from the day after due, done once closed', () => {
  expect(clockStateOf('2026-11-03', '2026-10-08', false)).toBe('onTime')
  expect(clockStateOf('2026-11-03', '2026-10-29', false)).toBe('onTime')
  expect(clockStateOf('2026-11-03', '2026-10-30', false)).toBe('nearDue')
  // Saturday and Sunday before the due Tuesday: Monday and Tuesday remain.
  expect(clockStateOf('2026-11-03', '2026-10-31', false)).toBe('nearDue')
  expect(clockStateOf('2026-11-03', '2026-11-03', false)).toBe('nearDue')
  expect(clockStateOf('2026-11-03', '2026-11-04', false)).toBe('overdue')
  expect(clockStateOf('2026-11-03', '2026-11-04', true)).toBe('done')
  expect(clockStateOf(null, '2026-11-04', false)).toBeNull()
})

test('bad days and counts are programming errors, not quiet answers', () => {
  expect(() => addWorkingDays('2026/09/30', 20)).toThrow()
  expect(() => addWorkingDays('2026-09-30', 0)).toThrow()
  expect(() => isWorkingDay('tomorrow')).toThrow()
})

test('median of days to close', () => {
  expect(median([])).toBeNull()
  expect(median([5])).toBe(5)
  expect(median([9, 1, 5])).toBe(5)
  expect(median([1, 2, 3, 10])).toBe(2.5)
})
