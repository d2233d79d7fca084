import type { ActivityDoc, ActivitySignUpDoc } from '../../../core/activities/model'
import { hasFreeSeat } from '../../../core/activities/rules'
import { aggregate, command, countWhere, findById, findMany } from '../../_core/db'
import { inTransaction, type TxWork } from '../../_core/transaction'
import { toDate } from '../../../core/time'
import { timesOfDoc } from './dates'
import { promotedText } from './outbox'
import { inSeatLane, seatsChanged } from './queue'

/**
 * The waitlist of an activity is its `waitlisted` sign-ups, first come first served: in order of
 * `signedUpAt`, then `_id` (index activity_status_signedUp). Joining it writes only the person's own
 * sign-up, never the activity document, so the seat counter stays the activity's only hot field.
 *
 * A waitlist insert and a freed seat can cross: the insert commits after the cancellation looked for
 * someone waiting, and the cancellation commits after the waitlister looked for a free seat. So both
 * sides look again after their commit (`fillSeats`): the waitlister reads the counter, the
 * cancellation the waitlist. One of the two reads is after both commits, so a seat is never left free
 * while someone waits.
 */
function waiting(activityId: string): Record<string, unknown> {
  return { activityId, status: 'waitlisted' }
}

/** The first `limit` people waiting, in order (plain read of committed data). */
export function firstWaiting(activityId: string, limit: number): Promise<ActivitySignUpDoc[]> {
  return findMany<ActivitySignUpDoc>('activitySignUps', waiting(activityId), {
    orderBy: [
      ['signedUpAt', 'asc'],
      ['_id', 'asc'],
    ],
    limit,
  })
}

/** 1-based place of a waitlisted sign-up (the waiting ones before it + 1), or null when not waiting. */
export async function waitlistPositionOf(signUp: ActivitySignUpDoc): Promise<number | null> {
  if (signUp.status !== 'waitlisted') return null
  const _ = command()
  const at = toDate(signUp.signedUpAt)
  const before = _.or([{ signedUpAt: _.lt(at) }, { signedUpAt: _.eq(at), _id: _.lt(signUp._id) }])
  return (await countWhere('activitySignUps', _.and([waiting(signUp.activityId), before]) as unknown as Record<string, unknown>)) + 1
}

/** How many wait for each of these activities (one aggregate; only full activities can have a queue). */
export async function waitlistCounts(activities: readonly ActivityDoc[]): Promise<Map<string, number>> {
  const ids = activities.filter((a) => !hasFreeSeat(a)).map((a) => a._id)
  const counts = new Map<string, number>()
  if (!ids.length) return counts
  const rows = await aggregate<{ _id: string; n: number }>('activitySignUps', (agg) =>
    agg.match({ activityId: command().in(ids), status: 'waitlisted' }).group({ _id: '$activityId', n: { $sum: 1 } }),
  )
  for (const row of rows) counts.set(row._id, row.n)
  return counts
}

export function waitlistCountOf(activity: ActivityDoc): Promise<number> {
  return hasFreeSeat(activity) ? Promise.resolve(0) : countWhere('activitySignUps', waiting(activity._id))
}

/**
 * Inside the caller's seat transaction (which frees or adds a seat and writes the counter): gives it to
 * the first person still waiting — their sign-up becomes confirmed and a `promoted` message is queued.
 * The candidates come from a plain read of the committed waitlist; each is read again through the
 * transaction, and a candidate another transaction promoted or let go meanwhile makes this one
 * conflict (rerun on fresh reads). Returns the promoted sign-up, or null when nobody waits.
 */
export async function promoteFirst(
  work: TxWork,
  activity: ActivityDoc,
  now: Date,
  skip: ReadonlySet<string> = new Set(),
): Promise<ActivitySignUpDoc | null> {
  const candidates = await firstWaiting(activity._id, skip.size + 3)
  for (const candidate of candidates) {
    if (skip.has(candidate._id)) continue
    const next = await work.get<ActivitySignUpDoc>('activitySignUps', candidate._id)
    if (!next || next.status !== 'waitlisted') continue
    work.patch('activitySignUps', next._id, { status: 'confirmed', updatedAt: now })
    work.add('activityOutbox', {
      type: 'promoted',
      activityId: activity._id,
      activityTitle: activity.title,
      personId: next.personId,
      toName: next.personName,
      text: promotedText(activity.title, activity.startAt),
      createdAt: now,
      status: 'queued',
      sentAt: null,
    })
    return next
  }
  return null
}

/**
 * After a commit that may have crossed another (see above): while the activity has a free seat and
 * someone waits, promote the first waiting person, each in its own retried seat transaction. Returns
 * the sign-ups it promoted. Costs one plain read when the activity is full, two when nobody waits.
 */
export async function fillSeats(activityId: string): Promise<ActivitySignUpDoc[]> {
  const promoted: ActivitySignUpDoc[] = []
  for (;;) {
    const seen = await findById<ActivityDoc>('activities', activityId)
    if (!seen || seen.status !== 'published' || seen.capacity === null || !hasFreeSeat(seen)) return promoted
    if (!(await firstWaiting(activityId, 1)).length) return promoted
    const next = await inSeatLane(activityId, () =>
      inTransaction(async (work): Promise<ActivitySignUpDoc | null> => {
        const stored = await work.get<ActivityDoc>('activities', activityId)
        if (!stored || stored.status !== 'published' || !hasFreeSeat(stored)) return null
        const activity = timesOfDoc(stored)
        if (Date.now() >= activity.startAt.getTime()) return null
        const signUp = await promoteFirst(work, activity, new Date())
        if (signUp) work.patch('activities', activityId, { confirmedCount: activity.confirmedCount + 1 })
        return signUp
      }),
    )
    if (!next) return promoted
    seatsChanged(activityId)
    promoted.push(next)
  }
}
