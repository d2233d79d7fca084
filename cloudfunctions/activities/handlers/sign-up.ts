import type { CancelResponse, SignUpResponse } from '../../../core/contract/activities'
import type { ActivityDoc, ActivitySignUpDoc } from '../../../core/activities/model'
import { cancelBlock, eligible, seatFor, signUpBlock, signUpId } from '../../../core/activities/rules'
import { maskName } from '../../../core/mask'
import { failure, success, type Result } from '../../../core/result'
import type { DataOf, HandlerContext, HandlerResult } from '../../_core/create-function'
import { findById } from '../../_core/db'
import { isDuplicateKeyError } from '../../_core/db-errors'
import type { Person } from '../../_core/person'
import { inTransaction } from '../../_core/transaction'
import { timesOfDoc } from '../lib/dates'
import { targetOf } from '../lib/people'
import { inSeatLane, inSignUpQueue } from '../lib/queue'
import { toSignUpView } from '../lib/views'
import { promoteFirst } from '../lib/waitlist'

type SignUpData = DataOf<'activities', 'signUp'>

/**
 * One-tap sign-up (or a helper for their paired elder). Cheap refusals and repeated taps are answered
 * from plain reads; only a real change takes a seat transaction: the activity (counter and waitlist)
 * and the sign-up (`<activityId>:<personId>`) are read and written together, so the counter always
 * equals the confirmed sign-ups and ten taps make one sign-up.
 */
export function signUp(ctx: HandlerContext<'activities', 'signUp'>): HandlerResult<'activities', 'signUp'> {
  return inSignUpQueue(() => signUpNow(ctx))
}

async function signUpNow({ data, caller }: HandlerContext<'activities', 'signUp'>): HandlerResult<'activities', 'signUp'> {
  const target = await targetOf(caller, data.forMemberId)
  if (!target.ok) return target
  const { person, actedBy } = target.value
  const id = signUpId(data.activityId, person.id)

  const [found, existing] = await Promise.all([
    findById<ActivityDoc>('activities', data.activityId),
    findById<ActivitySignUpDoc>('activitySignUps', id),
  ])
  if (!found) return failure('COMMON.NOT_FOUND')
  const before = timesOfDoc(found)
  if (!eligible(before.audienceKey, person.keys)) return failure('ACTIVITY.NOT_ELIGIBLE')
  if (existing && existing.status !== 'cancelled') return success({ signUp: toSignUpView(existing, before.waitlist), duplicate: true })
  const blocked = signUpBlock(before, new Date())
  if (blocked) return failure(blocked)
  if (seatFor(before, data.waitlist) === 'full') return failure('ACTIVITY.FULL')

  try {
    return await takeSeat(data, person, actedBy, id)
  } catch (error) {
    // In the cloud two taps may both find no sign-up and both insert it: the second insert fails on
    // the `_id` and its transaction with it. The first one's sign-up is the answer.
    if (!isDuplicateKeyError(error)) throw error
    const winner = await findById<ActivitySignUpDoc>('activitySignUps', id)
    if (!winner || winner.status === 'cancelled') throw error
    return success({ signUp: toSignUpView(winner, before.waitlist), duplicate: true })
  }
}

/** The seat transaction of a sign-up: re-checks everything it read, then changes counter/waitlist and sign-up together. */
function takeSeat(
  data: SignUpData,
  person: Person,
  actedBy: { id: string; name: string } | null,
  id: string,
): Promise<Result<SignUpResponse>> {
  return inSeatLane(data.activityId, () =>
    inTransaction(async (work): Promise<Result<SignUpResponse>> => {
      const stored = await work.get<ActivityDoc>('activities', data.activityId)
      if (!stored) return failure('COMMON.NOT_FOUND')
      const activity = timesOfDoc(stored)
      const current = await work.get<ActivitySignUpDoc>('activitySignUps', id)
      if (current && current.status !== 'cancelled') return success({ signUp: toSignUpView(current, activity.waitlist), duplicate: true })
      const now = new Date()
      const block = signUpBlock(activity, now)
      if (block) return failure(block)
      const seat = seatFor(activity, data.waitlist)
      if (seat === 'full') return failure('ACTIVITY.FULL')

      const waitlist = seat === 'waitlisted' ? [...activity.waitlist, person.id] : activity.waitlist
      work.patch('activities', activity._id, seat === 'confirmed' ? { confirmedCount: activity.confirmedCount + 1 } : { waitlist })
      const fields = {
        status: seat,
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
      let saved: ActivitySignUpDoc
      if (current) {
        work.patch('activitySignUps', id, fields)
        saved = current
      } else {
        saved = work.create<ActivitySignUpDoc>('activitySignUps', id, {
          ...fields,
          activityId: activity._id,
          personId: person.id,
          personKind: person.kind,
          orgPath: person.orgPath,
          attended: false,
          credited: false,
          creditedMinutes: 0,
          creditedPoints: 0,
        })
      }
      return success({ signUp: toSignUpView(saved, waitlist), duplicate: false })
    }),
  )
}

/**
 * Cancels a sign-up (or leaves the waitlist). A confirmed seat given back before the deadline goes to
 * the first waitlisted person in the same transaction, and they are told through the outbox.
 */
export function cancel(ctx: HandlerContext<'activities', 'cancel'>): HandlerResult<'activities', 'cancel'> {
  return inSignUpQueue(() => cancelNow(ctx))
}

async function cancelNow({ data, caller }: HandlerContext<'activities', 'cancel'>): HandlerResult<'activities', 'cancel'> {
  const target = await targetOf(caller, data.forMemberId)
  if (!target.ok) return target
  const { person, actedBy } = target.value
  const id = signUpId(data.activityId, person.id)
  const existing = await findById<ActivitySignUpDoc>('activitySignUps', id)
  if (!existing || existing.status === 'cancelled') return failure('ACTIVITY.NOT_SIGNED_UP')

  return inSeatLane(data.activityId, () =>
    inTransaction(async (work): Promise<Result<CancelResponse>> => {
      const stored = await work.get<ActivityDoc>('activities', data.activityId)
      const current = await work.get<ActivitySignUpDoc>('activitySignUps', id)
      if (!stored || !current) return failure('ACTIVITY.NOT_SIGNED_UP')
      const activity = timesOfDoc(stored)
      const now = new Date()
      const block = cancelBlock(activity, current.status, now)
      if (block) return failure(block)

      const wasConfirmed = current.status === 'confirmed'
      work.patch('activitySignUps', id, {
        status: 'cancelled',
        cancelledAt: now,
        updatedAt: now,
        ...(actedBy ? { actedById: actedBy.id, actedByName: actedBy.name } : {}),
      })
      let waitlist = activity.waitlist.filter((personId) => personId !== person.id)
      let confirmedCount = activity.confirmedCount
      let promotedName: string | null = null
      if (wasConfirmed) {
        confirmedCount -= 1
        const promoted = await promoteFirst(work, activity, waitlist, now)
        waitlist = promoted.waitlist
        if (promoted.name !== null) {
          confirmedCount += 1
          promotedName = maskName(promoted.name)
        }
      }
      work.patch('activities', activity._id, { confirmedCount, waitlist })
      return success({ signUp: toSignUpView(current, waitlist), promotedName })
    }),
  )
}
