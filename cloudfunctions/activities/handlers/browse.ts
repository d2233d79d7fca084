import type { ElderSignUpState, MyActivityTab, MySignUpItem, SignUpStatus } from '../../../core/contract/activities'
import type { ActivityDoc, ActivitySignUpDoc } from '../../../core/activities/model'
import { eligible, seatFor, signUpBlock, signUpId } from '../../../core/activities/rules'
import type { MemberDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { command, findById, findMany } from '../../_core/db'
import { pageBy, viewPage } from '../../_core/paging'
import { pairedEldersOf, pairedResidentsOf } from '../../_core/pairing'
import { audienceKeysOfCaller, memberAsPerson, personOf, residentAsPerson } from '../../_core/person'
import { managesActivity } from '../lib/access'
import { timesOfDoc } from '../lib/dates'
import { toDetail, toListItem, toSignUpView } from '../lib/views'
import { waitlistCountOf, waitlistCounts, waitlistPositionOf } from '../lib/waitlist'

/** Upcoming (not yet ended) published activities meant for the caller, soonest first, with their own status. */
export const list: Handler<'activities', 'list'> = async ({ data, caller }) => {
  const _ = command()
  const filter: Record<string, unknown> = { status: 'published', audienceKey: _.in(audienceKeysOfCaller(caller)), endAt: _.gt(new Date()) }
  if (data.kind) filter.kind = data.kind
  const page = await pageBy<ActivityDoc>('activities', filter, { by: 'startAt', direction: 'asc' }, data)
  if (!page.ok) return page
  const [statuses, waiting] = await Promise.all([
    myStatuses(
      personOf(caller)?.id ?? null,
      page.value.items.map((a) => a._id),
    ),
    waitlistCounts(page.value.items),
  ])
  return success(viewPage(page.value, (a) => toListItem(a, statuses.get(a._id) ?? null, waiting.get(a._id) ?? 0)))
}

async function myStatuses(personId: string | null, activityIds: string[]): Promise<Map<string, SignUpStatus>> {
  const map = new Map<string, SignUpStatus>()
  if (!personId || !activityIds.length) return map
  const ids = activityIds.map((id) => signUpId(id, personId))
  const docs = await findMany<ActivitySignUpDoc>(
    'activitySignUps',
    { _id: command().in(ids) },
    { limit: ids.length, fields: { activityId: true, status: true } },
  )
  for (const doc of docs) map.set(doc.activityId, doc.status)
  return map
}

/**
 * An activity's detail for someone it is meant for (or who signed up, or who manages it); anyone else
 * gets NOT_FOUND. A helper also sees each paired elder's state.
 */
export const get: Handler<'activities', 'get'> = async ({ data, caller }) => {
  const stored = await findById<ActivityDoc>('activities', data.activityId)
  if (!stored) return failure('COMMON.NOT_FOUND')
  const activity = timesOfDoc(stored)
  const me = personOf(caller)
  const mine = me ? await findById<ActivitySignUpDoc>('activitySignUps', signUpId(activity._id, me.id)) : null
  const manages = await managesActivity(caller, activity)
  const forMe = eligible(activity.audienceKey, audienceKeysOfCaller(caller))
  if (!forMe && !manages && !mine) return failure('COMMON.NOT_FOUND')

  const now = new Date()
  const active = mine && mine.status !== 'cancelled'
  const blockedBy = !me
    ? 'ACTIVITY.REGISTER_FIRST'
    : !forMe
      ? 'ACTIVITY.NOT_ELIGIBLE'
      : (signUpBlock(activity, now) ?? (seatFor(activity, false) === 'full' ? 'ACTIVITY.FULL' : null))
  const [elders, waitlistCount, position] = await Promise.all([
    eldersOf(caller.member, activity),
    waitlistCountOf(activity),
    mine ? waitlistPositionOf(mine) : null,
  ])
  return success({
    activity: toDetail(
      activity,
      {
        canSignUp: !active && blockedBy === null,
        signUpBlockedBy: active ? null : blockedBy,
        mySignUp: mine ? toSignUpView(mine, position) : null,
        elders,
        canManage: manages,
      },
      waitlistCount,
    ),
  })
}

/** A helper's paired elders — members (结对) and residents (一对一帮扶) — with their sign-up of this activity. */
async function eldersOf(helper: MemberDoc | null, activity: ActivityDoc): Promise<ElderSignUpState[]> {
  const [members, residents] = await Promise.all([pairedEldersOf(helper), pairedResidentsOf(helper)])
  const linked = [...members.map((m) => memberAsPerson(m)), ...residents.map(residentAsPerson)]
  if (!linked.length) return []
  const signUps = await findMany<ActivitySignUpDoc>(
    'activitySignUps',
    { _id: command().in(linked.map((e) => signUpId(activity._id, e.id))) },
    { limit: linked.length },
  )
  const byPerson = new Map(signUps.map((s) => [s.personId, s.status]))
  return linked.map((elder) => ({
    memberId: elder.id,
    name: elder.name,
    status: byPerson.get(elder.id) ?? null,
    eligible: eligible(activity.audienceKey, elder.keys),
  }))
}

/**
 * My activities. upcoming: confirmed, not ended, not cancelled (soonest first); waitlisted: likewise;
 * attended: confirmed as attended (latest first); cancelled: cancelled by me or by the organiser.
 */
export const mySignUps: Handler<'activities', 'mySignUps'> = async ({ data, caller }) => {
  const me = personOf(caller)
  if (!me) return success({ items: [], nextCursor: null })
  const _ = command()
  const now = new Date()
  const filters: Record<MyActivityTab, [Record<string, unknown>, 'asc' | 'desc']> = {
    upcoming: [{ personId: me.id, status: 'confirmed', activityCancelled: false, activityEndAt: _.gt(now) }, 'asc'],
    waitlisted: [{ personId: me.id, status: 'waitlisted', activityCancelled: false, activityEndAt: _.gt(now) }, 'asc'],
    attended: [{ personId: me.id, attended: true }, 'desc'],
    cancelled: [
      _.and([{ personId: me.id }, _.or([{ status: 'cancelled' }, { activityCancelled: true }])]) as unknown as Record<string, unknown>,
      'desc',
    ],
  }
  const [filter, direction] = filters[data.tab]
  const page = await pageBy<ActivitySignUpDoc>('activitySignUps', filter, { by: 'activityStartAt', direction }, data)
  if (!page.ok) return page
  const ids = page.value.items.map((s) => s.activityId)
  const activities = ids.length ? await findMany<ActivityDoc>('activities', { _id: _.in(ids) }, { limit: ids.length }) : []
  const byId = new Map(activities.map((a) => [a._id, a]))
  const [waiting, positions] = await Promise.all([
    waitlistCounts(activities),
    Promise.all(page.value.items.map((s) => waitlistPositionOf(s))),
  ])
  const items: MySignUpItem[] = []
  page.value.items.forEach((signUp, i) => {
    const activity = byId.get(signUp.activityId)
    if (activity) {
      items.push({
        activity: toListItem(activity, signUp.status, waiting.get(activity._id) ?? 0),
        signUp: toSignUpView(signUp, positions[i]),
      })
    }
  })
  return success({ items, nextCursor: page.value.nextCursor })
}
