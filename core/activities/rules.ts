import { CHECKIN_WINDOW_MINUTES, type ActivityFields, type SignUpStatus } from '../contract/activities'
import type { ErrorCode } from '../errors'
import { toBeijing } from '../time'

/**
 * Pure rules of 活动报名: times, who may join, seats, check-in window and service minutes.
 * Instants are Dates (UTC); calendar months and years are Beijing's whatever TZ the host runs in.
 */

/** A waitlist longer than this answers ACTIVITY.FULL (the queue lives on the activity document). */
export const WAITLIST_MAX = 1000

export function signUpId(activityId: string, personId: string): string {
  return `${activityId}:${personId}`
}

/** The times of an activity as stored (UTC instants), from the validated fields. */
export interface ActivityTimes {
  startAt: Date
  endAt: Date
  signUpOpensAt: Date | null
  signUpClosesAt: Date | null
  cancelDeadline: Date | null
}

export function timesOf(
  fields: Pick<ActivityFields, 'startAt' | 'endAt' | 'signUpOpensAt' | 'signUpClosesAt' | 'cancelDeadline'>,
): ActivityTimes {
  const at = (value: string | null) => (value === null ? null : new Date(value))
  return {
    startAt: new Date(fields.startAt),
    endAt: new Date(fields.endAt),
    signUpOpensAt: at(fields.signUpOpensAt),
    signUpClosesAt: at(fields.signUpClosesAt),
    cancelDeadline: at(fields.cancelDeadline),
  }
}

/** End after start; sign-up closing and the cancellation deadline not after the start; opening before closing. */
export function validTimes(t: ActivityTimes): boolean {
  const start = t.startAt.getTime()
  if (!(t.endAt.getTime() > start)) return false
  if (t.signUpClosesAt && t.signUpClosesAt.getTime() > start) return false
  if (t.cancelDeadline && t.cancelDeadline.getTime() > start) return false
  const closes = t.signUpClosesAt?.getTime() ?? start
  if (t.signUpOpensAt && t.signUpOpensAt.getTime() >= closes) return false
  return true
}

interface SignUpState {
  status: 'published' | 'cancelled'
  startAt: Date
  signUpOpensAt: Date | null
  signUpClosesAt: Date | null
}

/** Why a sign-up would be refused now (before looking at seats), or null. */
export function signUpBlock(activity: SignUpState, now: Date): ErrorCode | null {
  if (activity.status === 'cancelled') return 'ACTIVITY.CANCELLED'
  if (now.getTime() >= activity.startAt.getTime()) return 'ACTIVITY.STARTED'
  if (activity.signUpOpensAt && now.getTime() < activity.signUpOpensAt.getTime()) return 'ACTIVITY.CLOSED'
  if (activity.signUpClosesAt && now.getTime() >= activity.signUpClosesAt.getTime()) return 'ACTIVITY.CLOSED'
  return null
}

/** The person may join when the activity's audience key is one of theirs (the notices' audience rules). */
export function eligible(audienceKey: string, personKeys: readonly string[]): boolean {
  return personKeys.includes(audienceKey)
}

export type SeatOutcome = 'confirmed' | 'waitlisted' | 'full'

/** A seat while any is left; else the waitlist when asked for (and not too long); else full. */
export function seatFor(
  activity: { capacity: number | null; confirmedCount: number; waitlist: readonly string[] },
  wantsWaitlist: boolean,
): SeatOutcome {
  if (activity.capacity === null || activity.confirmedCount < activity.capacity) return 'confirmed'
  if (wantsWaitlist && activity.waitlist.length < WAITLIST_MAX) return 'waitlisted'
  return 'full'
}

/**
 * Why a cancellation would be refused now, or null. A confirmed seat may be given back until the
 * cancellation deadline (or the start); a place on the waitlist may be left until the start.
 */
export function cancelBlock(
  activity: { status: 'published' | 'cancelled'; startAt: Date; cancelDeadline: Date | null },
  status: SignUpStatus,
  now: Date,
): ErrorCode | null {
  if (activity.status === 'cancelled') return 'ACTIVITY.CANCELLED'
  if (status === 'cancelled') return 'ACTIVITY.NOT_SIGNED_UP'
  if (now.getTime() >= activity.startAt.getTime()) return 'ACTIVITY.STARTED'
  if (status === 'confirmed' && activity.cancelDeadline && now.getTime() >= activity.cancelDeadline.getTime())
    return 'ACTIVITY.CANCEL_DEADLINE_PASSED'
  return null
}

/** Check-in and check-out codes work from 30 minutes before the start to 30 minutes after the end. */
export function inCheckInWindow(activity: { startAt: Date; endAt: Date }, now: Date): boolean {
  const margin = CHECKIN_WINDOW_MINUTES * 60_000
  return now.getTime() >= activity.startAt.getTime() - margin && now.getTime() <= activity.endAt.getTime() + margin
}

export function lengthMinutes(activity: { startAt: Date; endAt: Date }): number {
  return Math.max(0, Math.floor((activity.endAt.getTime() - activity.startAt.getTime()) / 60_000))
}

/**
 * Service minutes of one attendee: check-out − check-in, capped at the activity's length; without a
 * check-out, the activity's own service minutes (capped the same way).
 */
export function serviceMinutesOf(
  activity: { startAt: Date; endAt: Date; serviceMinutes: number },
  checkedInAt: Date | null,
  checkedOutAt: Date | null,
): number {
  const cap = lengthMinutes(activity)
  if (checkedInAt && checkedOutAt) {
    const spent = Math.floor((checkedOutAt.getTime() - checkedInAt.getTime()) / 60_000)
    return Math.min(Math.max(0, spent), cap)
  }
  return Math.min(activity.serviceMinutes, cap)
}

/** The Beijing month (YYYY-MM) and year an instant belongs to. */
export function beijingMonth(date: Date | string | number): string {
  return toBeijing(date).format('YYYY-MM')
}

export function beijingYear(date: Date | string | number): number {
  return toBeijing(date).year()
}

/** 1-based place of a person on the waitlist, or null. */
export function waitlistPosition(waitlist: readonly string[], personId: string): number | null {
  const index = waitlist.indexOf(personId)
  return index < 0 ? null : index + 1
}
