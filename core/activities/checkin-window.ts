import { CHECKIN_WINDOW_MINUTES } from './constants'

/**
 * The check-in window of an activity: codes (and check-in by hand) work from 30 minutes before the
 * start to 30 minutes after the end. No zod here, so the mini-program can say when the window opens.
 */
export function checkInWindowOf(activity: { startAt: Date; endAt: Date }): { opensAt: Date; closesAt: Date } {
  const margin = CHECKIN_WINDOW_MINUTES * 60_000
  return { opensAt: new Date(activity.startAt.getTime() - margin), closesAt: new Date(activity.endAt.getTime() + margin) }
}
