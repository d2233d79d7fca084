import { codeForWindow, codeMatches, codeWindow, currentCode } from '../../core/activities/checkin-code'
import {
  cancelBlock,
  eligible,
  inCheckInWindow,
  seatFor,
  hasFreeSeat,
  serviceMinutesOf,
  signUpBlock,
  timeProblems,
  TIME_RULE_MESSAGES,
  validTimes,
} from '../../core/activities/rules'
import { audienceKeyOf, audienceKeysOf } from '../../core/notices/audience'
import { beijingDay, beijingMonth, beijingYear } from '../../core/time'

const at = (iso: string) => new Date(iso)
const base = {
  status: 'published' as const,
  startAt: at('2026-12-05T01:00:00Z'),
  endAt: at('2026-12-05T03:00:00Z'),
  signUpOpensAt: at('2026-12-01T00:00:00Z'),
  signUpClosesAt: at('2026-12-04T12:00:00Z'),
  cancelDeadline: at('2026-12-04T00:00:00Z'),
}

describe('activity rules', () => {
  test('times: end after start, closing and deadline not after the start, opening before closing', () => {
    expect(validTimes(base)).toBe(true)
    expect(validTimes({ ...base, endAt: base.startAt })).toBe(false)
    expect(validTimes({ ...base, signUpClosesAt: at('2026-12-05T02:00:00Z') })).toBe(false)
    expect(validTimes({ ...base, cancelDeadline: at('2026-12-05T01:00:01Z') })).toBe(false)
    expect(validTimes({ ...base, signUpOpensAt: base.signUpClosesAt })).toBe(false)
    expect(validTimes({ ...base, signUpOpensAt: null, signUpClosesAt: null, cancelDeadline: null })).toBe(true)
  })

  test('time problems name the field that is out of order (what the form shows under it); missing times are not compared', () => {
    expect(timeProblems(base)).toEqual([])
    expect(timeProblems({ ...base, endAt: base.startAt })).toEqual(['endAt'])
    expect(timeProblems({ ...base, signUpClosesAt: at('2026-12-05T02:00:00Z'), cancelDeadline: at('2026-12-05T01:00:01Z') })).toEqual([
      'signUpClosesAt',
      'cancelDeadline',
    ])
    expect(timeProblems({ ...base, signUpOpensAt: base.signUpClosesAt })).toEqual(['signUpOpensAt'])
    expect(timeProblems({ ...base, startAt: null, endAt: null, signUpClosesAt: null, cancelDeadline: null })).toEqual([])
    expect(TIME_RULE_MESSAGES.endAt).toBe('结束须晚于开始')
  })

  test('the sign-up window: closed before opening and after closing, started at the start, cancelled first', () => {
    expect(signUpBlock(base, at('2026-11-30T23:59:59Z'))).toBe('ACTIVITY.CLOSED')
    expect(signUpBlock(base, at('2026-12-01T00:00:00Z'))).toBeNull()
    expect(signUpBlock(base, at('2026-12-04T12:00:00Z'))).toBe('ACTIVITY.CLOSED')
    expect(signUpBlock({ ...base, signUpClosesAt: null }, at('2026-12-05T00:59:00Z'))).toBeNull()
    expect(signUpBlock({ ...base, signUpClosesAt: null }, at('2026-12-05T01:00:00Z'))).toBe('ACTIVITY.STARTED')
    expect(signUpBlock({ ...base, status: 'cancelled' }, at('2026-12-02T00:00:00Z'))).toBe('ACTIVITY.CANCELLED')
  })

  test('cancelling: a seat until the deadline, a waitlist place until the start', () => {
    expect(cancelBlock(base, 'confirmed', at('2026-12-03T23:59:00Z'))).toBeNull()
    expect(cancelBlock(base, 'confirmed', at('2026-12-04T00:00:00Z'))).toBe('ACTIVITY.CANCEL_DEADLINE_PASSED')
    expect(cancelBlock(base, 'waitlisted', at('2026-12-04T06:00:00Z'))).toBeNull()
    expect(cancelBlock(base, 'waitlisted', at('2026-12-05T01:00:00Z'))).toBe('ACTIVITY.STARTED')
    expect(cancelBlock(base, 'cancelled', at('2026-12-02T00:00:00Z'))).toBe('ACTIVITY.NOT_SIGNED_UP')
  })

  test('eligibility follows the notices’ audience keys', () => {
    const resident = audienceKeysOf({ memberOrgPath: null, building: '琼林苑3栋' })
    const member = audienceKeysOf({ memberOrgPath: ['org-c', 'org-b1', 'org-b1-g2'], building: '琼林苑4栋' })
    expect(eligible(audienceKeyOf({ kind: 'all' }), resident)).toBe(true)
    expect(eligible(audienceKeyOf({ kind: 'members' }), resident)).toBe(false)
    expect(eligible(audienceKeyOf({ kind: 'members' }), member)).toBe(true)
    expect(eligible(audienceKeyOf({ kind: 'org', orgId: 'org-b1' }), member)).toBe(true)
    expect(eligible(audienceKeyOf({ kind: 'org', orgId: 'org-b2' }), member)).toBe(false)
    expect(eligible(audienceKeyOf({ kind: 'building', building: '琼林苑3栋' }), resident)).toBe(true)
    expect(eligible(audienceKeyOf({ kind: 'building', building: '琼林苑3栋' }), member)).toBe(false)
  })

  test('seats: confirmed while any is left, then the waitlist only when asked, never past its bound', () => {
    expect(seatFor({ capacity: 2, confirmedCount: 1 }, false)).toBe('confirmed')
    expect(seatFor({ capacity: 2, confirmedCount: 2 }, false)).toBe('full')
    expect(seatFor({ capacity: 2, confirmedCount: 2 }, true)).toBe('waitlisted')
    expect(seatFor({ capacity: null, confirmedCount: 5000 }, false)).toBe('confirmed')
    expect(hasFreeSeat({ capacity: 2, confirmedCount: 1 })).toBe(true)
    expect(hasFreeSeat({ capacity: 2, confirmedCount: 2 })).toBe(false)
  })

  test('check-in window: 30 minutes before the start to 30 minutes after the end', () => {
    expect(inCheckInWindow(base, at('2026-12-05T00:29:59Z'))).toBe(false)
    expect(inCheckInWindow(base, at('2026-12-05T00:30:00Z'))).toBe(true)
    expect(inCheckInWindow(base, at('2026-12-05T03:30:00Z'))).toBe(true)
    expect(inCheckInWindow(base, at('2026-12-05T03:30:01Z'))).toBe(false)
  })

  test('service minutes: check-out minus check-in, capped at the length; the activity’s own without a check-out', () => {
    const activity = { ...base, serviceMinutes: 90 }
    expect(serviceMinutesOf(activity, at('2026-12-05T01:10:00Z'), at('2026-12-05T02:05:30Z'))).toBe(55)
    expect(serviceMinutesOf(activity, at('2026-12-05T00:30:00Z'), at('2026-12-05T03:30:00Z'))).toBe(120)
    expect(serviceMinutesOf(activity, at('2026-12-05T01:10:00Z'), null)).toBe(90)
    expect(serviceMinutesOf({ ...activity, serviceMinutes: 600 }, null, null)).toBe(120)
    expect(serviceMinutesOf(activity, at('2026-12-05T02:00:00Z'), at('2026-12-05T01:00:00Z'))).toBe(0)
  })

  test('a check-in at 00:30 Beijing belongs to that Beijing day, month and year whatever TZ the process has', () => {
    const checkIn = at('2026-12-31T16:30:00Z') // 2027-01-01 00:30 in Beijing
    expect(beijingDay(checkIn)).toBe('2027-01-01')
    expect(beijingMonth(checkIn)).toBe('2027-01')
    expect(beijingYear(checkIn)).toBe(2027)
    expect(beijingDay(at('2026-12-31T15:59:59Z'))).toBe('2026-12-31')
    expect(beijingMonth(at('2026-11-30T16:00:00Z'))).toBe('2026-12')
  })
})

describe('check-in codes', () => {
  const secret = 'a-secret-of-the-activity'
  const now = at('2026-12-05T01:00:10Z')

  test('six digits, changing every 30 seconds, different per mode and activity', () => {
    const { code, expiresAt } = currentCode(secret, 'act-1', 'in', now)
    expect(code).toMatch(/^\d{6}$/)
    expect(expiresAt.toISOString()).toBe('2026-12-05T01:00:30.000Z')
    expect(currentCode(secret, 'act-1', 'in', at('2026-12-05T01:00:29Z')).code).toBe(code)
    const codes = new Set([
      code,
      currentCode(secret, 'act-1', 'out', now).code,
      currentCode(secret, 'act-2', 'in', now).code,
      currentCode(secret, 'act-1', 'in', at('2026-12-05T01:00:30Z')).code,
    ])
    expect(codes.size).toBe(4)
  })

  test('the current and the previous window are accepted; older and forged codes are not', () => {
    const window = codeWindow(now)
    expect(codeMatches(secret, 'act-1', 'in', codeForWindow(secret, 'act-1', 'in', window), now)).toBe(true)
    expect(codeMatches(secret, 'act-1', 'in', codeForWindow(secret, 'act-1', 'in', window - 1), now)).toBe(true)
    expect(codeMatches(secret, 'act-1', 'in', codeForWindow(secret, 'act-1', 'in', window - 2), now)).toBe(false)
    expect(codeMatches(secret, 'act-1', 'in', codeForWindow(secret, 'act-1', 'in', window + 1), now)).toBe(false)
    expect(codeMatches(secret, 'act-1', 'in', codeForWindow('guessed', 'act-1', 'in', window), now)).toBe(false)
    expect(codeMatches(secret, 'act-1', 'out', codeForWindow(secret, 'act-1', 'in', window), now)).toBe(false)
  })
})
