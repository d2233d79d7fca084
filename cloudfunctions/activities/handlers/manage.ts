import { randomBytes } from 'crypto'
import type { ActivityFields } from '../../../core/contract/activities'
import { MEETING_KINDS } from '../../../core/activities/constants'
import type { ActivityDoc } from '../../../core/activities/model'
import { timesOf, validTimes } from '../../../core/activities/rules'
import { failure, success, type Result } from '../../../core/result'
import { beijingMonth, beijingYear } from '../../../core/time'
import { screenText } from '../../_core/content-security'
import type { ResolvedAudience } from '../../_core/audience'
import type { Caller } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { andWhere, command, updateWhere, type Filter } from '../../_core/db'
import { teamLedBy } from '../../_core/teams'
import { pageBy, viewPage } from '../../_core/paging'
import { actorName } from '../../_core/person'
import { inTransaction } from '../../_core/transaction'
import { activityAudience, canManage, managedActivity } from '../lib/access'
import { coOrganizersOf, organisingTeam, teamAudience, type OrganiserFields } from '../lib/organisers'
import { timesOfDoc } from '../lib/dates'
import { cancelledText, changedText, messagesTo, queueMessages } from '../lib/outbox'
import { inSeatLane, seatsChanged } from '../lib/queue'
import { activeSignUps } from '../lib/sign-ups'
import { managerDetail, toListItem } from '../lib/views'
import { fillSeats, promoteFirst, waitlistCountOf, waitlistCounts } from '../lib/waitlist'
import type { ActivitySignUpDoc } from '../../../core/activities/model'

interface CheckedFields {
  times: ReturnType<typeof timesOf>
  audience: ResolvedAudience
  organisers: OrganiserFields
}

/**
 * Checks the fields an organiser sent: times in order, the team (a plain member must name a team
 * they lead), the audience within their scope (a team leader's own activity is for everyone), the
 * co-organising partner units (each must exist), and the text.
 */
async function checkFields(caller: Caller, fields: ActivityFields): Promise<Result<CheckedFields>> {
  const times = timesOf(fields)
  if (!validTimes(times)) return failure('ACTIVITY.INVALID_TIME')
  const team = await organisingTeam(caller, fields.teamId)
  if (!team.ok) return team
  const manager = caller.role === 'admin' || caller.role === 'secretary'
  // A leader runs volunteer work, not a branch's meetings (registers and minutes stay with the branch).
  if (team.value.led && !manager && MEETING_KINDS.includes(fields.kind)) return failure('ACTIVITY.TEAM_KIND', undefined, 'fields.kind')
  const audience = team.value.led ? await teamAudience(caller, fields.audience) : await activityAudience(caller, fields.audience)
  if (!audience.ok) return audience
  const coOrganizers = await coOrganizersOf(fields.coOrganizerIds)
  if (!coOrganizers.ok) return coOrganizers
  const text = await screenText(caller, [fields.title, fields.place, fields.description], 'forum')
  if (!text.ok) return text
  return success({ times, audience: audience.value, organisers: { ...team.value.fields, ...coOrganizers.value } })
}

function storedFields({ times, audience, organisers }: CheckedFields, fields: ActivityFields) {
  return {
    ...organisers,
    kind: fields.kind,
    title: fields.title,
    description: fields.description,
    coverFileId: fields.coverFileId,
    place: fields.place,
    ...times,
    capacity: fields.capacity,
    ...audience,
    points: fields.points,
    serviceMinutes: fields.serviceMinutes,
    requiresConfirmation: fields.requiresConfirmation,
    startMonth: beijingMonth(times.startAt),
    startYear: beijingYear(times.startAt),
  }
}

/** A team leader's activity may name only the team they lead; without a team it needs a manager. */
function leaderMayWrite(caller: Caller, fields: ActivityFields, stored: ActivityDoc | null): Result<true> {
  const manager = caller.role === 'admin' || caller.role === 'secretary'
  if (manager && (!stored || canManage(caller, stored))) return success(true)
  // Managing only through the team: the activity stays the team's.
  if (!fields.teamId || (stored && stored.teamId !== fields.teamId)) return failure('ACTIVITY.TEAM_LEADER_ONLY', undefined, 'fields.teamId')
  return success(true)
}

export const create: Handler<'activities', 'create'> = async ({ data, caller }) => {
  const allowed = leaderMayWrite(caller, data.fields, null)
  if (!allowed.ok) return allowed
  const checked = await checkFields(caller, data.fields)
  if (!checked.ok) return checked
  // From the form's draft id, a retried create (lost reply, double tap) finds the activity it made.
  const id = `act-${data.draftId ?? randomBytes(8).toString('hex')}`
  const now = new Date()
  const outcome = await inTransaction(async (work): Promise<Result<ActivityDoc>> => {
    const existing = await work.get<ActivityDoc>('activities', id)
    if (existing) return existing.organizerOpenid === caller.openid ? success(existing) : failure('COMMON.CONFLICT')
    const doc = work.create<ActivityDoc>('activities', id, {
      ...storedFields(checked.value, data.fields),
      status: 'published',
      cancelReason: null,
      confirmedCount: 0,
      checkInSecret: randomBytes(16).toString('hex'),
      organizerOpenid: caller.openid,
      organizerName: actorName(caller),
      attendanceConfirmedAt: null,
      minutesRecord: null,
      version: 0,
      createdAt: now,
      updatedAt: now,
    })
    work.audit(caller, 'activities.create', id, {
      title: data.fields.title,
      kind: data.fields.kind,
      ...(doc.teamId ? { teamId: doc.teamId } : {}),
      ...(doc.coOrganizerIds?.length ? { coOrganizerIds: doc.coOrganizerIds } : {}),
    })
    return success(doc)
  })
  if (!outcome.ok) return outcome
  return success({ activity: managerDetail(outcome.value) })
}

/**
 * Edits an activity before it starts (optimistic: `version` must match). Raising the capacity
 * promotes waitlisted people in the same transaction; it cannot go below the confirmed sign-ups.
 * When the time or place changes, everyone signed up or waitlisted is told.
 */
export const update: Handler<'activities', 'update'> = async ({ data, caller }) => {
  const managed = await managedActivity(caller, data.activityId)
  if (!managed.ok) return managed
  const allowed = leaderMayWrite(caller, data.fields, managed.value)
  if (!allowed.ok) return allowed
  const checked = await checkFields(caller, data.fields)
  if (!checked.ok) return checked
  const next = storedFields(checked.value, data.fields)

  const outcome = await inSeatLane(data.activityId, () =>
    inTransaction(async (work): Promise<Result<{ activity: ActivityDoc; changed: boolean }>> => {
      const stored = await work.get<ActivityDoc>('activities', data.activityId)
      if (!stored) return failure('COMMON.NOT_FOUND')
      const activity = timesOfDoc(stored)
      const now = new Date()
      if (activity.status === 'cancelled') return failure('ACTIVITY.CANCELLED')
      if (now.getTime() >= activity.startAt.getTime()) return failure('ACTIVITY.STARTED')
      if (activity.version !== data.version) return failure('COMMON.CONFLICT')
      if (next.capacity !== null && next.capacity < activity.confirmedCount) {
        return failure('COMMON.VALIDATION', `名额不能少于已报名人数（${activity.confirmedCount}）`, 'fields.capacity')
      }
      const changed =
        activity.startAt.getTime() !== next.startAt.getTime() ||
        activity.endAt.getTime() !== next.endAt.getTime() ||
        activity.place !== next.place
      let confirmedCount = activity.confirmedCount
      const promoting = { ...activity, ...next }
      const promoted = new Set<string>()
      while (next.capacity === null || confirmedCount < next.capacity) {
        const signUp: ActivitySignUpDoc | null = await promoteFirst(work, promoting, now, promoted)
        if (!signUp) break
        promoted.add(signUp._id)
        confirmedCount += 1
      }
      work.patch('activities', activity._id, { ...next, confirmedCount, version: activity.version + 1, updatedAt: now })
      work.audit(caller, 'activities.update', activity._id, { version: activity.version + 1, changed })
      return success({ activity: stored, changed })
    }),
  )
  if (!outcome.ok) return outcome
  const activity = outcome.value.activity
  seatsChanged(activity._id)
  await updateWhere('activitySignUps', { activityId: activity._id }, { activityStartAt: next.startAt, activityEndAt: next.endAt })
  // Someone who joined the waitlist while the capacity was raised gets a seat left over.
  await fillSeats(activity._id)
  let notified = 0
  if (outcome.value.changed) {
    const people = await activeSignUps(activity._id)
    notified = await queueMessages(
      messagesTo(people, 'changed', activity, changedText(activity.title, next.startAt, next.place), `v${activity.version}`),
    )
  }
  return success({ activity: managerDetail(activity, await waitlistCountOf(activity)), notified })
}

/** Cancels the activity; everyone signed up or waitlisted is told (once, even if repeated). */
export const cancelActivity: Handler<'activities', 'cancelActivity'> = async ({ data, caller }) => {
  const managed = await managedActivity(caller, data.activityId)
  if (!managed.ok) return managed
  const activity = await inSeatLane(data.activityId, () =>
    inTransaction(async (work): Promise<ActivityDoc | null> => {
      const stored = await work.get<ActivityDoc>('activities', data.activityId)
      if (!stored) return null
      if (stored.status !== 'cancelled') {
        const now = new Date()
        work.patch('activities', stored._id, {
          status: 'cancelled',
          cancelReason: data.reason,
          version: stored.version + 1,
          updatedAt: now,
        })
        work.audit(caller, 'activities.cancelActivity', stored._id, { reason: data.reason })
      }
      return stored
    }),
  )
  if (!activity) return failure('COMMON.NOT_FOUND')
  seatsChanged(activity._id)
  await updateWhere('activitySignUps', { activityId: activity._id }, { activityCancelled: true })
  const people = await activeSignUps(activity._id)
  const notified = await queueMessages(
    messagesTo(people, 'cancelled', activity, cancelledText(activity.title, activity.cancelReason ?? data.reason)),
  )
  const waiting = people.filter((s) => s.status === 'waitlisted').length
  return success({ activity: managerDetail(activity, waiting), notified })
}

/** Activities the caller manages: upcoming (soonest first), past or cancelled (latest first). */
export const manageList: Handler<'activities', 'manageList'> = async ({ data, caller }) => {
  const _ = command()
  const now = new Date()
  const scope = await listScope(caller, data.teamId)
  if (!scope.ok) return scope
  const byStatus = {
    upcoming: [{ status: 'published', endAt: _.gt(now) }, 'asc'],
    past: [{ status: 'published', endAt: _.lte(now) }, 'desc'],
    cancelled: [{ status: 'cancelled' }, 'desc'],
  } as const
  const [base, direction] = byStatus[data.status]
  const filter = andWhere({ ...base }, scope.value)
  const page = await pageBy<ActivityDoc>('activities', filter, { by: 'startAt', direction }, data)
  if (!page.ok) return page
  const waiting = await waitlistCounts(page.value.items)
  return success(viewPage(page.value, (a) => toListItem(a, null, waiting.get(a._id) ?? 0)))
}

/**
 * Which activities a list covers: the admin all (or one team's); a secretary their subtree and their
 * own (or one team's inside those); a team leader exactly their team's. Anyone else: FORBIDDEN, and
 * a team the caller may not look at: NOT_FOUND.
 */
async function listScope(caller: Caller, teamId: string | undefined): Promise<Result<Filter>> {
  const _ = command()
  const manager = (caller.role === 'admin' || caller.role === 'secretary') && caller.scopeOrg ? caller.scopeOrg : null
  const byTree: Filter | null = !manager
    ? null
    : caller.role === 'admin'
      ? {}
      : (_.or([{ scopePath: manager._id }, { organizerOpenid: caller.openid }]) as unknown as Filter)
  if (!teamId) return byTree ? success(byTree) : failure('COMMON.FORBIDDEN')
  if (await teamLedBy(caller, teamId)) return success({ teamId })
  if (!byTree) return failure('COMMON.NOT_FOUND')
  return success(andWhere({ teamId }, byTree))
}
