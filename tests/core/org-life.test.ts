import { themeDayReminderDue, yearlyRecordOf, type RecordedMeeting } from '../../core/activities/org-life'

const held = (kind: RecordedMeeting['kind'], month: string, rate: number | null = null): RecordedMeeting => ({ kind, month, rate })

describe('yearly 组织生活 record', () => {
  it('judges monthly rules per month and quarterly ones per quarter, as of the current month', () => {
    const meetings = [
      held('themeDay', '2026-01', 80),
      held('themeDay', '2026-03', 60),
      held('branchMeeting', '2026-02'),
      held('groupMeeting', '2026-01'),
    ]
    const record = yearlyRecordOf(2026, meetings, '2026-04')
    const theme = record.rules.find((r) => r.kind === 'themeDay')!
    expect(theme.periods.slice(0, 5).map((p) => p.status)).toEqual(['held', 'missing', 'held', 'due', 'later'])
    const branch = record.rules.find((r) => r.kind === 'branchMeeting')!
    expect(branch.periods.map((p) => p.status)).toEqual(['held', 'due', 'later', 'later'])
    const lesson = record.rules.find((r) => r.kind === 'partyLesson')!
    expect(lesson.periods[0]).toMatchObject({ period: '2026-Q1', status: 'missing', months: ['2026-01', '2026-02', '2026-03'] })
    // February misses its 主题党日 and 党小组会; March (the quarter's end) misses the 党课 and a 党小组会.
    expect(record.months[1].missing.sort()).toEqual(['groupMeeting', 'themeDay'])
    expect(record.months[2].missing.sort()).toEqual(['groupMeeting', 'partyLesson'])
    expect(record.months[0]).toMatchObject({ held: { themeDay: 1, groupMeeting: 1 }, rate: 80 })
    // Required so far: Jan–Apr × 2 monthly rules + Q1, Q2 × 2 quarterly rules; 4 held, 4 still due this month/quarter.
    expect(record.totals).toEqual({ required: 8 + 4, held: 4, missing: 4 })
  })

  it('reminds within the last 7 days of a month only when no 主题党日 is held or scheduled', () => {
    expect(themeDayReminderDue(7, false)).toBe(true)
    expect(themeDayReminderDue(0, false)).toBe(true)
    expect(themeDayReminderDue(8, false)).toBe(false)
    expect(themeDayReminderDue(3, true)).toBe(false)
  })
})
