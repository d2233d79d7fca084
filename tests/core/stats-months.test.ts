import { differingFields, emptyNumbers } from '../../core/stats/model'
import { meetingsOfMonth, monthBefore, monthsAfter, monthsEndingWith } from '../../core/stats/months'
import { isBelowTarget, studyTargetOf, targetMinutesOf } from '../../core/study/targets'

describe('month windows', () => {
  it('count back across a year end and forward to a later month', () => {
    expect(monthsEndingWith('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthBefore('2026-01')).toBe('2025-12')
    expect(monthsAfter('2025-11', '2026-02')).toEqual(['2025-12', '2026-01', '2026-02'])
    expect(monthsAfter('2026-02', '2026-02')).toEqual([])
    expect(monthsAfter('2026-03', '2026-02')).toEqual([])
  })
})

describe('三会一课 held vs required in a month', () => {
  it('requires 主题党日 and 党小组会 every month, and at a quarter’s end 支部党员大会 and 党课 too', () => {
    expect(meetingsOfMonth('2026-05', [])).toEqual({ required: 2, held: 0 })
    expect(meetingsOfMonth('2026-06', [])).toEqual({ required: 4, held: 0 })
    const meetings = [
      { kind: 'themeDay' as const, month: '2026-06', rate: null },
      { kind: 'branchMeeting' as const, month: '2026-04', rate: null },
      { kind: 'groupMeeting' as const, month: '2026-05', rate: null },
    ]
    // The quarter's 支部党员大会 (held in April) counts in June, when its period ends; May's 党小组会 does not.
    expect(meetingsOfMonth('2026-06', meetings)).toEqual({ required: 4, held: 2 })
    expect(meetingsOfMonth('2026-05', meetings)).toEqual({ required: 2, held: 1 })
  })
})

describe('学时 targets table', () => {
  it('gives members 32 and secretaries and the committee 56; anyone else counts as a member', () => {
    expect(studyTargetOf('member').hours).toBe(32)
    expect(studyTargetOf('secretary').hours).toBe(56)
    expect(studyTargetOf('admin').hours).toBe(56)
    expect(studyTargetOf('resident').hours).toBe(32)
    expect(targetMinutesOf('member', 45)).toBe(1440)
    expect(isBelowTarget(1439, 'member', 45)).toBe(true)
    expect(isBelowTarget(1440, 'member', 45)).toBe(false)
    expect(isBelowTarget(1440, 'secretary', 45)).toBe(true)
  })
})

describe('reconcile of a summary', () => {
  it('names the fields that differ, and every field of one never stored', () => {
    const stored = { ...emptyNumbers(), studyMinutes: 10 }
    expect(differingFields(stored, { ...emptyNumbers(), studyMinutes: 10 })).toEqual([])
    expect(differingFields(stored, { ...emptyNumbers(), studyMinutes: 12, noticeRead: 1 })).toEqual(['studyMinutes', 'noticeRead'])
    expect(differingFields(null, emptyNumbers()).length).toBe(Object.keys(emptyNumbers()).length)
  })
})
