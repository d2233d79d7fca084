import type { ActivityDoc } from '../../../core/activities/model'
import { inLane } from '../../_core/lane'

/**
 * In-process bounds on the seat work of this function instance.
 * - `inSeatLane(activityId, fn)`: seat transactions of one activity (sign-up, cancel and promotion,
 *   capacity changes) run one after another inside this instance (_core/lane.ts);
 * - `inSignUpQueue`: whole sign-up/cancel requests past the router (their plain reads and their
 *   transaction), so a burst sends the database a bounded number of calls at a time. In WeChat an
 *   instance serves one request at a time, so neither bound bites there.
 */
export const SIGN_UPS_IN_FLIGHT = 16

function limiter(max: number) {
  let running = 0
  const waiting: Array<() => void> = []
  return async function run<T>(fn: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve))
    else running += 1
    try {
      return await fn()
    } finally {
      // Hand the slot straight to the next in line (FIFO), or free it.
      const next = waiting.shift()
      if (next) next()
      else running -= 1
    }
  }
}

/** Runs `fn` after the earlier seat work on the same activity in this instance (see _core/lane). */
export function inSeatLane<T>(activityId: string, fn: () => Promise<T>): Promise<T> {
  return inLane(`seats:${activityId}`, fn)
}

export const inSignUpQueue = limiter(SIGN_UPS_IN_FLIGHT)

/**
 * A hint, per activity, that this instance saw it full a moment ago: the activity as a seat
 * transaction found or left it with no seat, or as a sign-up's plain read found it full (not when
 * this instance freed a seat while it read); dropped when this instance frees a seat or changes the
 * activity. A sign-up waiting in the seat lane behind a burst reads it instead of opening a
 * transaction, so a burst on a full activity leaves the lane at once, and a sign-up that does not ask
 * for the waitlist is answered ACTIVITY.FULL from it without reading the activity again (it writes
 * nothing). It is only a hint: when it is older than FULL_HINT_MS a plain read decides, and a seat
 * another instance freed meanwhile still goes to the first person waiting (waitlisters look for free
 * seats after joining; see lib/waitlist).
 */
export const FULL_HINT_MS = 250
const seenFull = new Map<string, { activity: ActivityDoc; at: number }>()
/** How many times this instance has freed a seat or changed an activity (any activity). */
let seatChanges = 0

/** What a plain read passes to markFull: no hint from it when this instance freed a seat meanwhile. */
export function seatChangesSoFar(): number {
  return seatChanges
}

export function markFull(activity: ActivityDoc, readSince?: number): void {
  if (readSince !== undefined && readSince !== seatChanges) return
  seenFull.set(activity._id, { activity, at: Date.now() })
}

export function seatsChanged(activityId: string): void {
  seatChanges += 1
  seenFull.delete(activityId)
}

/** The activity as last seen full by this instance, if that was at most FULL_HINT_MS ago. */
export function recentlyFull(activityId: string): ActivityDoc | null {
  const seen = seenFull.get(activityId)
  if (seen === undefined) return null
  if (Date.now() - seen.at <= FULL_HINT_MS) return seen.activity
  seenFull.delete(activityId)
  return null
}
