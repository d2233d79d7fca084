import type { RemoteMeetingItem } from '../../../core/contract/activities'
import { MEETING_KINDS } from '../../../core/contract/activities'
import type { ActivityDoc, ActivityRecordDoc, MeetingAttendeeDoc } from '../../../core/activities/model'
import { REMOTE_LIST_DAYS_BACK, remoteMaterialId, remoteMinutesOf, remoteOpen, type RemoteOption } from '../../../core/activities/remote'
import type { MemberDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import type { StudyMaterialDoc } from '../../../core/study/model'
import { studyRecordId } from '../../../core/study/rules'
import { beijingDay, beijingYear, isoOf } from '../../../core/time'
import type { Caller } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { command, findById, findByIds, findMany } from '../../_core/db'
import { elderFor } from '../../_core/pairing'
import { creditStudy } from '../../_core/study-credit'
import { inTransaction } from '../../_core/transaction'
import { timesOfDoc } from '../lib/dates'
import { managedMeeting, meetingForMember } from '../lib/meeting'
import { attendeeId, isExpected } from '../lib/register'

/** 远程在线党员学习会 (rules in core/activities/remote.ts). */

/** The secretary sets (or clears) a meeting's remote option; a study material named must exist. Audited. */
export const setRemote: Handler<'activities', 'setRemote'> = async ({ data, caller }) => {
  const meeting = await managedMeeting(caller, data.activityId)
  if (!meeting.ok) return meeting
  const remote: RemoteOption | null = data.remote
  if (remote?.materialId) {
    const material = await findById<StudyMaterialDoc>('studyMaterials', remote.materialId)
    if (!material || material.archived) return failure('COMMON.VALIDATION', 'materialId：没有这份学习资料', 'materialId')
  }
  await inTransaction(async (work) => {
    await work.get<ActivityDoc>('activities', meeting.value._id)
    work.patch('activities', meeting.value._id, { remote, remoteOn: remote !== null, updatedAt: new Date() })
    work.audit(caller, 'activities.setRemote', meeting.value._id, { remote: remote !== null })
  })
  return success({ remote })
}

interface Subject {
  member: MemberDoc
  /** The helper recording for their elder; null when the member records for themselves. */
  helper: MemberDoc | null
}

/** Whose attendance: the caller (a member), or the paired elder `forPersonId` (both 结对 links hold). */
async function subjectOf(caller: Caller, forPersonId: string | undefined): Promise<Result<Subject>> {
  const self = caller.member
  if (!self) return failure('MEMBER.NOT_A_MEMBER')
  if (!forPersonId || forPersonId === self._id) return success({ member: self, helper: null })
  const elder = await elderFor(self, forPersonId)
  return elder ? success({ member: elder, helper: self }) : failure('ACTIVITY.NOT_YOUR_ELDER')
}

function itemOf(activity: ActivityDoc, attendee: MeetingAttendeeDoc | undefined | null, locked: boolean, now: Date): RemoteMeetingItem {
  const remote = attendee?.remote ?? null
  return {
    activityId: activity._id,
    title: activity.title,
    kind: activity.kind,
    place: activity.place,
    startAt: isoOf(activity.startAt),
    endAt: isoOf(activity.endAt),
    remote: activity.remote!,
    attended: remote ? { at: isoOf(remote.at), byName: remote.byName, self: remote.self } : null,
    canAttend: !remote && !locked && remoteOpen(activity, now),
    creditMinutes: remoteMinutesOf(activity),
  }
}

const hasRemote = (activity: ActivityDoc) => MEETING_KINDS.includes(activity.kind) && Boolean(activity.remote)

/**
 * The meetings with a remote option the person is expected at (started at most a week ago, not
 * cancelled), soonest first, each with whether remote attendance is recorded and can be now.
 */
export const remoteMeetings: Handler<'activities', 'remoteMeetings'> = async ({ data, caller }) => {
  const subject = await subjectOf(caller, data.forPersonId)
  if (!subject.ok) return subject
  const { member } = subject.value
  const now = new Date()
  let meetings: ActivityDoc[]
  if (data.activityId) {
    const one = await findById<ActivityDoc>('activities', data.activityId)
    meetings = one ? [timesOfDoc(one)] : []
  } else {
    const since = new Date(now.getTime() - REMOTE_LIST_DAYS_BACK * 24 * 3_600_000)
    const found = await findMany<ActivityDoc>(
      'activities',
      { remoteOn: true, status: 'published', startAt: command().gte(since) },
      { orderBy: [['startAt', 'asc']], limit: 100 },
    )
    meetings = found.map(timesOfDoc)
  }
  const mine = meetings.filter((m) => m.status === 'published' && hasRemote(m) && isExpected(m, member))
  const [attendees, records] = await Promise.all([
    findByIds<MeetingAttendeeDoc>(
      'meetingAttendees',
      mine.map((m) => attendeeId(m._id, member._id)),
    ),
    findByIds<ActivityRecordDoc>(
      'activityRecords',
      mine.map((m) => m._id),
      { lock: true },
    ),
  ])
  return success({
    person: { id: member._id, name: member.name },
    items: mine.map((m) => itemOf(m, attendees.get(attendeeId(m._id, member._id)), records.get(m._id)?.lock === 'signed', now)),
  })
}

/**
 * Records that the member took part remotely — by themselves or by their paired helper — once: the
 * register's `<activityId>:<memberId>` document carries it, and in the same transaction one study
 * record `meeting:<activityId>:<member>:<day>:remote` credits the meeting's length to 学时. A second
 * tap (or the other of member and helper) answers duplicate and changes nothing.
 */
export const attendRemote: Handler<'activities', 'attendRemote'> = async ({ data, caller }) => {
  const subject = await subjectOf(caller, data.forPersonId)
  if (!subject.ok) return subject
  const { member, helper } = subject.value
  const meeting = await meetingForMember(data.activityId)
  if (!meeting.ok) return meeting
  const activity = meeting.value
  if (!activity.remote) return failure('ACTIVITY.NOT_REMOTE')
  if (!isExpected(activity, member)) return failure('ACTIVITY.NOT_EXPECTED')
  const id = attendeeId(activity._id, member._id)
  const now = new Date()
  const day = beijingDay(activity.startAt)
  const recorder = helper ?? member

  const outcome = await inTransaction(
    async (work): Promise<Result<{ attendee: MeetingAttendeeDoc; duplicate: boolean; credited: number }>> => {
      const existing = await work.get<MeetingAttendeeDoc>('meetingAttendees', id)
      if (existing?.remote) return success({ attendee: existing, duplicate: true, credited: 0 })
      if (!remoteOpen(activity, now)) return failure('ACTIVITY.REMOTE_CLOSED')
      const record = await work.get<ActivityRecordDoc>('activityRecords', activity._id)
      if (record?.lock === 'signed') return failure('ACTIVITY.MINUTES_LOCKED')
      const remote = { at: now, byId: recorder._id, byName: recorder.name, self: helper === null }
      let attendee: MeetingAttendeeDoc
      if (existing) {
        work.patch('meetingAttendees', id, { remote, updatedAt: now })
        attendee = { ...existing, remote, updatedAt: now }
      } else {
        attendee = work.create<MeetingAttendeeDoc>('meetingAttendees', id, {
          activityId: activity._id,
          memberId: member._id,
          memberName: member.name,
          mark: 'none',
          leave: null,
          remote,
          updatedAt: now,
        })
      }
      const credit = await creditStudy(work, {
        recordId: studyRecordId(remoteMaterialId(activity._id), member._id, day, 'remote'),
        personId: member._id,
        material: { _id: remoteMaterialId(activity._id), title: `远程学习会：${activity.title}` },
        day,
        year: beijingYear(activity.startAt),
        requested: remoteMinutesOf(activity),
        source: 'self',
        deliveredByName: helper?.name,
        method: 'remote',
        // One cap per meeting and day, shared with the in-person credit at sign-off: never the meeting twice.
        dailyCap: remoteMinutesOf(activity),
        at: now,
      })
      if (helper) work.audit(caller, 'activities.attendRemote', id, { forPersonId: member._id })
      return success({ attendee, duplicate: false, credited: credit.duplicate ? 0 : credit.credited })
    },
  )
  if (!outcome.ok) return outcome
  return success({
    item: itemOf(activity, outcome.value.attendee, false, now),
    duplicate: outcome.value.duplicate,
    creditedMinutes: outcome.value.credited,
  })
}
