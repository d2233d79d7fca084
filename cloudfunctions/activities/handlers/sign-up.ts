import type { CancelResponse, SignUpResponse } from '../../../core/contract/activities'
import type { ActivityDoc, ActivitySignUpDoc } from '../../../core/activities/model'
import { cancelBlock, eligible, hasFreeSeat, seatFor, signUpBlock } from '../../../core/activities/rules'
import { maskName } from '../../../core/mask'
import { failure, success, type Result } from '../../../core/result'
import type { DataOf, HandlerContext, HandlerResult } from '../../_core/create-function'
import { findById, insert, updateWhere } from '../../_core/db'
import { isDuplicateKeyError } from '../../_core/db-errors'
import type { Person } from '../../_core/person'
import { inTransaction } from '../../_core/transaction'
import { timesOfDoc } from '../lib/dates'
import { signUpTargetOf } from '../lib/people'
import { inSeatLane, inSignUpQueue, markFull, recentlyFull, seatChangesSoFar, seatsChanged } from '../lib/queue'
import { toSignUpView } from '../lib/views'
import { fillSeats, promoteFirst, waitlistPositionOf } from '../lib/waitlist'
import type { TxWork } from '../../_core/transaction'

type SignUpData = DataOf<'activities', 'signUp'>
type Actor = { id: string; name: string } | null

/**
 * One-tap sign-up (or a helper for their paired elder). Cheap refusals and repeated taps are answered
 * from plain reads. A seat is taken in a seat transaction (the activity's counter and the sign-up
 * `<activityId>:<personId>` together, in the activity's seat lane), so the counter always equals the
 * confirmed sign-ups and ten taps make one sign-up. A full activity is answered without touching the
 * activity document: ACTIVITY.FULL (from this instance's full hint when it has one, lib/queue), or
 * the waitlist — one plain write of the person's own sign-up (lib/waitlist), after which it looks for
 * a seat freed meanwhile. Who asks for the waitlist has their own sign-up read only when a write finds
 * it there (the seat transaction reads it, the waitlist insert fails on its key) or sign-up is closed.
 */
export function signUp(ctx: HandlerContext<'activities', 'signUp'>): HandlerResult<'activities', 'signUp'> {
  return inSignUpQueue(() => signUpNow(ctx))
}

async function signUpNow({ data, caller }: HandlerContext<'activities', 'signUp'>): HandlerResult<'activities', 'signUp'> {
  const target = await signUpTargetOf(caller, data)
  if (!target.ok) return target
  const { person, actedBy, id } = target.value

  const hint = data.waitlist ? null : recentlyFull(data.activityId)
  const readSince = seatChangesSoFar()
  const [found, read] = await Promise.all([
    hint ?? findById<ActivityDoc>('activities', data.activityId),
    data.waitlist ? undefined : findById<ActivitySignUpDoc>('activitySignUps', id),
  ])
  if (!found) return failure('COMMON.NOT_FOUND')
  const before = hint ?? timesOfDoc(found)
  if (!eligible(before.audienceKey, person.keys)) return failure('ACTIVITY.NOT_ELIGIBLE')
  if (!hint && !hasFreeSeat(before)) markFull(before, readSince)
  const blocked = signUpBlock(before, new Date())
  // A repeated tap is answered with the sign-up it made, even once sign-up has closed.
  const existing = read === undefined && blocked ? await findById<ActivitySignUpDoc>('activitySignUps', id) : read
  if (existing && existing.status !== 'cancelled') return answerExisting(existing, before)
  if (blocked) return failure(blocked)
  const seat = seatFor(before, data.waitlist)
  if (seat === 'full') return failure('ACTIVITY.FULL')

  try {
    if (seat === 'confirmed') {
      const taken = await takeSeat(data, person, actedBy, id, before)
      if (taken !== 'full') return taken
      if (!data.waitlist) return failure('ACTIVITY.FULL')
    }
    return await joinWaitlist(data, person, actedBy, id, before, existing)
  } catch (error) {
    // In the cloud two taps may both find no sign-up and both insert it: the second insert fails on
    // the `_id` and its transaction with it. The first one's sign-up is the answer.
    if (!isDuplicateKeyError(error)) throw error
    const winner = await findById<ActivitySignUpDoc>('activitySignUps', id)
    if (!winner || winner.status === 'cancelled') throw error
    return answer(winner, true)
  }
}

/** The reply to a sign-up: its view with the place in the waitlist (one count while waiting). */
async function answer(signUp: ActivitySignUpDoc, duplicate: boolean): Promise<Result<SignUpResponse>> {
  return success({ signUp: toSignUpView(signUp, await waitlistPositionOf(signUp)), duplicate })
}

/**
 * A repeated tap: the sign-up it made. One waiting while a seat is free (a crash between a
 * cancellation and its promotion) is offered the seat now, in waitlist order.
 */
async function answerExisting(existing: ActivitySignUpDoc, activity: ActivityDoc): Promise<Result<SignUpResponse>> {
  const promoted =
    existing.status === 'waitlisted' && activity.capacity !== null && hasFreeSeat(activity) ? await fillSeats(activity._id) : []
  return answer(promoted.find((s) => s._id === existing._id) ?? existing, true)
}

/** The fields a sign-up (new, or a cancelled one again) is written with. */
function signUpFields(status: 'confirmed' | 'waitlisted', activity: ActivityDoc, data: SignUpData, person: Person, actedBy: Actor) {
  const now = new Date()
  return {
    status,
    personName: person.name,
    actedById: actedBy?.id ?? null,
    actedByName: actedBy?.name ?? null,
    remind: data.remind,
    signedUpAt: now,
    cancelledAt: null,
    checkedInAt: null,
    checkedOutAt: null,
    checkInBy: null,
    activityStartAt: activity.startAt,
    activityEndAt: activity.endAt,
    activityCancelled: false,
    updatedAt: now,
  }
}

/** The fields only a new sign-up has. */
function newSignUpFields(activity: ActivityDoc, person: Person) {
  return {
    activityId: activity._id,
    personId: person.id,
    personKind: person.kind,
    orgPath: person.orgPath,
    attended: false,
    credited: false,
    creditedMinutes: 0,
    creditedPoints: 0,
  }
}

/**
 * The seat transaction of a sign-up, in the activity's seat lane: re-checks everything it read, then
 * raises the counter and writes the sign-up together. 'full' when no seat is left (a sign-up waiting
 * behind a burst that filled the activity learns it from the lane's hint, without a transaction).
 * `seen`: the activity as the sign-up's plain read found it, with a free seat.
 */
async function takeSeat(
  data: SignUpData,
  person: Person,
  actedBy: Actor,
  id: string,
  seen: ActivityDoc,
): Promise<Result<SignUpResponse> | 'full'> {
  type Taken = Result<{ signUp: ActivitySignUpDoc; duplicate: boolean; lastSeat: boolean }> | 'full'
  const outcome = await inSeatLane(data.activityId, async (): Promise<Taken> => {
    if (recentlyFull(data.activityId)) return 'full'
    let after: ActivityDoc | null = null
    const taken = await inTransaction(async (work): Promise<Taken> => {
      const stored = await work.get<ActivityDoc>('activities', data.activityId)
      if (!stored) return failure('COMMON.NOT_FOUND')
      const activity = timesOfDoc(stored)
      after = activity
      const current = await work.get<ActivitySignUpDoc>('activitySignUps', id)
      if (current && current.status !== 'cancelled') return success({ signUp: current, duplicate: true, lastSeat: false })
      const block = signUpBlock(activity, new Date())
      if (block) return failure(block)
      if (!hasFreeSeat(activity)) return 'full'
      const confirmedCount = activity.confirmedCount + 1
      after = { ...activity, confirmedCount }
      work.patch('activities', activity._id, { confirmedCount })
      const fields = signUpFields('confirmed', activity, data, person, actedBy)
      if (current) work.patch('activitySignUps', id, fields)
      const signUp = current ?? work.create<ActivitySignUpDoc>('activitySignUps', id, { ...fields, ...newSignUpFields(activity, person) })
      return success({ signUp, duplicate: false, lastSeat: !hasFreeSeat(after) })
    })
    // Committed (or found full): the next sign-ups in this lane need no transaction for a while.
    if (after && (taken === 'full' || (taken.ok && taken.value.lastSeat))) markFull(after)
    return taken
  })
  if (outcome === 'full' || !outcome.ok) return outcome
  const { signUp, duplicate } = outcome.value
  return duplicate ? answerExisting(signUp, seen) : answer(signUp, false)
}

/**
 * Joins the waitlist of a full activity with one plain write of the person's own sign-up — an insert
 * under its `_id` (a second tap's insert fails on the key: the first is the answer), or a cancelled
 * sign-up written again only while it is still cancelled. The activity document is not written, so
 * waitlisters never conflict with each other or with the seat lane. Then a seat freed meanwhile goes
 * to the first person waiting (fillSeats), possibly this one. `known`: the person's sign-up as read
 * before (null: none), undefined when not read — then a key already taken is looked at.
 */
async function joinWaitlist(
  data: SignUpData,
  person: Person,
  actedBy: Actor,
  id: string,
  activity: ActivityDoc,
  known: ActivitySignUpDoc | null | undefined,
): Promise<Result<SignUpResponse>> {
  const fields = signUpFields('waitlisted', activity, data, person, actedBy)
  const rewrite = async () => (await updateWhere('activitySignUps', { _id: id, status: 'cancelled' }, fields)) === 1
  let again = known ?? null
  let written = again
    ? await rewrite()
    : await insert('activitySignUps', { _id: id, ...fields, ...newSignUpFields(activity, person) }).then(
        () => true,
        (error: unknown) => {
          if (isDuplicateKeyError(error)) return false
          throw error
        },
      )
  if (!written && known === undefined) {
    // Not read before: the key is this person's earlier sign-up — a repeated tap, or one cancelled.
    const earlier = await findById<ActivitySignUpDoc>('activitySignUps', id)
    if (earlier && earlier.status !== 'cancelled') return answerExisting(earlier, activity)
    if (earlier) {
      again = earlier
      written = await rewrite()
    }
  }
  if (!written) {
    // Another tap of the same person came first.
    const winner = await findById<ActivitySignUpDoc>('activitySignUps', id)
    if (!winner || winner.status === 'cancelled') return failure('COMMON.BUSY')
    return answer(winner, true)
  }
  const promoted = await fillSeats(data.activityId)
  const mine = promoted.find((s) => s._id === id)
  return answer(mine ?? { ...(again ?? ({ _id: id, ...newSignUpFields(activity, person) } as ActivitySignUpDoc)), ...fields }, false)
}

/**
 * Cancels a sign-up (or leaves the waitlist). Leaving the waitlist writes only the person's sign-up.
 * A confirmed seat given back before the deadline goes to the first person waiting in the same seat
 * transaction, and they are told through the outbox; if nobody was waiting then, the seat is offered
 * again after the commit (a waitlist insert may have crossed it).
 */
export function cancel(ctx: HandlerContext<'activities', 'cancel'>): HandlerResult<'activities', 'cancel'> {
  return inSignUpQueue(() => cancelNow(ctx))
}

async function cancelNow({ data, caller }: HandlerContext<'activities', 'cancel'>): HandlerResult<'activities', 'cancel'> {
  const target = await signUpTargetOf(caller, data)
  if (!target.ok) return target
  const { actedBy, id } = target.value
  const existing = await findById<ActivitySignUpDoc>('activitySignUps', id)
  if (!existing || existing.status === 'cancelled') return failure('ACTIVITY.NOT_SIGNED_UP')

  const run = (seatLane: boolean) => inTransaction((work) => cancelWork(work, data.activityId, id, actedBy, seatLane))
  let outcome = existing.status === 'waitlisted' ? await run(false) : 'seat'
  // Promoted meanwhile (or confirmed from the start): the seat is given back in the seat lane.
  if (outcome === 'seat') outcome = await inSeatLane(data.activityId, () => run(true))
  if (outcome === 'seat' || !outcome.ok) return outcome === 'seat' ? failure('COMMON.BUSY') : outcome
  const { signUp: cancelled, freedSeat } = outcome.value
  let promotedName = outcome.value.promotedName
  if (freedSeat) {
    seatsChanged(data.activityId)
    if (promotedName === null) {
      const [late] = await fillSeats(data.activityId, true)
      if (late) promotedName = maskName(late.personName)
    }
  }
  return success({ signUp: cancelled, promotedName })
}

type CancelOutcome = Result<CancelResponse & { freedSeat: boolean }> | 'seat'

/** The cancellation's transaction; 'seat' when the sign-up holds a seat and this run is not in the seat lane. */
async function cancelWork(work: TxWork, activityId: string, id: string, actedBy: Actor, seatLane: boolean): Promise<CancelOutcome> {
  const stored = await work.get<ActivityDoc>('activities', activityId)
  const current = await work.get<ActivitySignUpDoc>('activitySignUps', id)
  if (!stored || !current) return failure('ACTIVITY.NOT_SIGNED_UP')
  const activity = timesOfDoc(stored)
  const now = new Date()
  const block = cancelBlock(activity, current.status, now)
  if (block) return failure(block)
  const wasConfirmed = current.status === 'confirmed'
  if (wasConfirmed && !seatLane) return 'seat'

  work.patch('activitySignUps', id, {
    status: 'cancelled',
    cancelledAt: now,
    updatedAt: now,
    ...(actedBy ? { actedById: actedBy.id, actedByName: actedBy.name } : {}),
  })
  let promotedName: string | null = null
  if (wasConfirmed) {
    const promoted = await promoteFirst(work, activity, now, new Set([id]))
    if (promoted) promotedName = maskName(promoted.personName)
    else work.patch('activities', activity._id, { confirmedCount: activity.confirmedCount - 1 })
  }
  return success({ signUp: toSignUpView(current, null), promotedName, freedSeat: wasConfirmed && promotedName === null })
}
