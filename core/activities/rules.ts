import type { ActivityFields, SignUpStatus } from '../contract/activities'
import type { ErrorCode } from '../errors'
import { checkInWindowOf } from './checkin-window'

export { checkInWindowOf }

/**
 * Pure rules of 活动报名: times, who may join, seats, check-in window and service minutes.
 * Instants are Dates (UTC); calendar months and years are Beijing's whatever TZ the host runs in.
 */

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

/** The time fields an organiser sets that can be out of order with the others. */
export type TimeRuleField = 'endAt' | 'signUpOpensAt' | 'signUpClosesAt' | 'cancelDeadline'

/** What is wrong with each such field, in the words the form shows under it. */
export const TIME_RULE_MESSAGES: Record<TimeRuleField, string> = {
  endAt: '结束须晚于开始',
  signUpClosesAt: '报名截止不能晚于活动开始',
  cancelDeadline: '取消截止不能晚于活动开始',
  signUpOpensAt: '报名开始须早于报名截止',
}

/**
 * The times' order, field by field: end after start; sign-up closing and the cancellation deadline
 * not after the start; opening before closing (or before the start). A time still missing (a form
 * field not filled or not readable yet) is not compared. The server refuses any problem as
 * ACTIVITY.INVALID_TIME; the form names each under its field.
 */
export function timeProblems(t: { [K in keyof ActivityTimes]: Date | null }): TimeRuleField[] {
  const ms = (date: Date | null) => date?.getTime() ?? null
  const start = ms(t.startAt)
  const problems: TimeRuleField[] = []
  const notAfterStart = (field: 'signUpClosesAt' | 'cancelDeadline') => {
    const at = ms(t[field])
    if (start !== null && at !== null && at > start) problems.push(field)
  }
  const end = ms(t.endAt)
  if (start !== null && end !== null && !(end > start)) problems.push('endAt')
  notAfterStart('signUpClosesAt')
  notAfterStart('cancelDeadline')
  const closes = ms(t.signUpClosesAt) ?? start
  const opens = ms(t.signUpOpensAt)
  if (opens !== null && closes !== null && opens >= closes) problems.push('signUpOpensAt')
  return problems
}

export function validTimes(t: ActivityTimes): boolean {
  return timeProblems(t).length === 0
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

/**
 * A seat while any is left; else the waitlist when asked for; else full. The waitlist is the
 * activity's `waitlisted` sign-ups (in order of signedUpAt, then _id), so it has no length limit.
 */
export function seatFor(activity: { capacity: number | null; confirmedCount: number }, wantsWaitlist: boolean): SeatOutcome {
  if (hasFreeSeat(activity)) return 'confirmed'
  return wantsWaitlist ? 'waitlisted' : 'full'
}

export function hasFreeSeat(activity: { capacity: number | null; confirmedCount: number }): boolean {
  return activity.capacity === null || activity.confirmedCount < activity.capacity
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

export function inCheckInWindow(activity: { startAt: Date; endAt: Date }, now: Date): boolean {
  const { opensAt, closesAt } = checkInWindowOf(activity)
  return now.getTime() >= opensAt.getTime() && now.getTime() <= closesAt.getTime()
}

/**
 * Where an activity stands in its own time, for the attendance screens: before the start nobody can be
 * absent yet (upcoming), while it runs people check in (underway), and only after the end can the
 * organiser confirm who came (ended).
 */
export type ActivityPhase = 'upcoming' | 'underway' | 'ended'

export function activityPhase(activity: { startAt: Date; endAt: Date }, now: Date): ActivityPhase {
  if (now.getTime() < activity.startAt.getTime()) return 'upcoming'
  if (now.getTime() < activity.endAt.getTime()) return 'underway'
  return 'ended'
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
