import type { MyLeaveResponse } from '../../../core/contract/activities'
import type { ActivityDoc, ActivityRecordDoc, MeetingAttendeeDoc, MeetingMinutesDoc, RegisterLineDoc } from '../../../core/activities/model'
import type { MemberDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { findById } from '../../_core/db'
import { actorName } from '../../_core/person'
import { inTransaction } from '../../_core/transaction'
import { managedMeeting, meetingForMember, unlocked } from '../lib/meeting'
import { creditInPersonStudy } from '../lib/meeting-study'
import { attendeeId, isExpected, minutesVersionId, registerOf } from '../lib/register'

export const register: Handler<'activities', 'register'> = async ({ data, caller }) => {
  const meeting = await managedMeeting(caller, data.activityId)
  if (!meeting.ok) return meeting
  return registerOf(meeting.value)
}

/** The secretary ticks 实到 (someone without a phone) or 送学 (an elder, content taken by the helper), or clears it. */
export const markAttendee: Handler<'activities', 'markAttendee'> = async ({ data, caller }) => {
  const meeting = await managedMeeting(caller, data.activityId)
  if (!meeting.ok) return meeting
  const activity = meeting.value
  if (!(await unlocked(activity._id))) return failure('ACTIVITY.MINUTES_LOCKED')
  const member = await findById<MemberDoc>('members', data.memberId)
  if (!member || !isExpected(activity, member)) return failure('COMMON.VALIDATION', 'memberId：不在本次会议的应到名单中', 'memberId')
  if (data.mark === 'delivered' && !member.elder) return failure('ACTIVITY.NOT_ELDER')
  const id = attendeeId(activity._id, member._id)
  const now = new Date()
  await inTransaction(async (work) => {
    const existing = await work.get<MeetingAttendeeDoc>('meetingAttendees', id)
    if (existing) {
      if (existing.mark === data.mark) return
      work.patch('meetingAttendees', id, { mark: data.mark, updatedAt: now })
    } else {
      if (data.mark === 'none') return
      work.create('meetingAttendees', id, {
        activityId: activity._id,
        memberId: member._id,
        memberName: member.name,
        mark: data.mark,
        leave: null,
        updatedAt: now,
      })
    }
    work.audit(caller, 'activities.markAttendee', id, { mark: data.mark })
  })
  return registerOf(activity)
}

async function myLeaveOf(activity: ActivityDoc, member: MemberDoc | null): Promise<MyLeaveResponse> {
  const expected = isExpected(activity, member)
  const own = member ? await findById<MeetingAttendeeDoc>('meetingAttendees', attendeeId(activity._id, member._id)) : null
  const leave = own?.leave ?? null
  const open = activity.status !== 'cancelled' && Date.now() < activity.startAt.getTime() && (await unlocked(activity._id))
  return {
    expected,
    leave: leave ? { reason: leave.reason, status: leave.status, decidedByName: leave.decidedByName } : null,
    canAsk: expected && open && (leave === null || leave.status === 'pending'),
  }
}

export const myLeave: Handler<'activities', 'myLeave'> = async ({ data, caller }) => {
  const meeting = await meetingForMember(data.activityId)
  if (!meeting.ok) return meeting
  return success(await myLeaveOf(meeting.value, caller.member))
}

/**
 * A member on the list asks for leave before the meeting starts; asking again (a retry, a new reason)
 * keeps one request and replaces its reason while it waits; once decided it stays decided.
 */
export const requestLeave: Handler<'activities', 'requestLeave'> = async ({ data, caller }) => {
  const meeting = await meetingForMember(data.activityId)
  if (!meeting.ok) return meeting
  const activity = meeting.value
  const member = caller.member
  if (!member || !isExpected(activity, member)) return failure('ACTIVITY.NOT_EXPECTED')
  if (activity.status === 'cancelled') return failure('ACTIVITY.CANCELLED')
  if (Date.now() >= activity.startAt.getTime()) return failure('ACTIVITY.STARTED')
  if (!(await unlocked(activity._id))) return failure('ACTIVITY.MINUTES_LOCKED')
  const id = attendeeId(activity._id, member._id)
  const now = new Date()
  const decided = await inTransaction(async (work) => {
    const existing = await work.get<MeetingAttendeeDoc>('meetingAttendees', id)
    const leave = { reason: data.reason, status: 'pending' as const, requestedAt: now, decidedAt: null, decidedByName: null }
    if (!existing) {
      work.create('meetingAttendees', id, {
        activityId: activity._id,
        memberId: member._id,
        memberName: member.name,
        mark: 'none',
        leave,
        updatedAt: now,
      })
      return false
    }
    if (existing.leave && existing.leave.status !== 'pending') return true
    if (existing.leave?.reason !== data.reason) work.patch('meetingAttendees', id, { leave, updatedAt: now })
    return false
  })
  if (decided) return failure('ACTIVITY.LEAVE_DECIDED')
  return success(await myLeaveOf(activity, member))
}

/** The secretary approves (请假) or refuses (stays 缺席 unless they come) a leave request; audited. */
export const reviewLeave: Handler<'activities', 'reviewLeave'> = async ({ data, caller }) => {
  const meeting = await managedMeeting(caller, data.activityId)
  if (!meeting.ok) return meeting
  const activity = meeting.value
  if (!(await unlocked(activity._id))) return failure('ACTIVITY.MINUTES_LOCKED')
  const id = attendeeId(activity._id, data.memberId)
  const status = data.approve ? ('approved' as const) : ('rejected' as const)
  const now = new Date()
  const found = await inTransaction(async (work) => {
    const existing = await work.get<MeetingAttendeeDoc>('meetingAttendees', id)
    if (!existing?.leave) return false
    if (existing.leave.status === status) return true
    work.patch('meetingAttendees', id, {
      leave: { ...existing.leave, status, decidedAt: now, decidedByName: actorName(caller) },
      updatedAt: now,
    })
    work.audit(caller, 'activities.reviewLeave', id, { status })
    return true
  })
  if (!found) return failure('ACTIVITY.NO_LEAVE_REQUEST')
  return registerOf(activity)
}

/**
 * The secretary signs the minutes and the register off: a new version (`<activityId>:v<n>`) with the
 * list as it stands, and the record locked. Signing again while signed changes nothing (a retry).
 * After a correction was opened, this is version n+1 carrying the correction's who and why.
 */
export const signOffMinutes: Handler<'activities', 'signOffMinutes'> = async ({ data, caller }) => {
  const meeting = await managedMeeting(caller, data.activityId)
  if (!meeting.ok) return meeting
  const activity = meeting.value
  if (Date.now() < activity.endAt.getTime()) return failure('ACTIVITY.MEETING_NOT_ENDED')
  const before = await findById<ActivityRecordDoc>('activityRecords', activity._id)
  if (!before || !activity.minutesRecord) return failure('ACTIVITY.NO_MINUTES')
  if (before.lock === 'signed') return signedWithStudy(activity)
  const live = await registerOf(activity)
  if (!live.ok) return live
  const view = live.value
  const now = new Date()
  const byName = actorName(caller)
  const minutes = activity.minutesRecord
  const lines: RegisterLineDoc[] = view.lines.map((line) => ({
    memberId: line.memberId,
    name: line.name,
    elder: line.elder,
    state: line.state,
    note: line.state === 'leave' ? (line.leave?.reason ?? '') : line.state === 'delivered' ? (line.helperName ?? '') : '',
    checkedInAt: line.checkedInAt ? new Date(line.checkedInAt) : null,
    mark: line.mark,
    remote: line.remote,
    remoteByName: line.remoteByName,
  }))
  const presentIds = view.lines.filter((line) => line.state === 'present').map((line) => line.memberId)
  const signed = await inTransaction(async (work) => {
    const record = await work.get<ActivityRecordDoc>('activityRecords', activity._id)
    if (!record) return false
    if (record.lock === 'signed') return true
    await work.get<ActivityDoc>('activities', activity._id)
    const version = (record.version ?? 0) + 1
    const doc: Omit<MeetingMinutesDoc, '_id'> = {
      activityId: activity._id,
      version,
      text: minutes.text,
      topics: minutes.topics ?? [],
      speakers: minutes.speakers ?? [],
      decisions: minutes.decisions ?? [],
      photos: minutes.photos,
      lines,
      walkIns: view.walkIns,
      counts: view.counts,
      signedOffAt: now,
      signedOffByOpenid: caller.openid,
      signedOffByName: byName,
      correctionReason: record.lock === 'correcting' ? (record.correction?.reason ?? null) : null,
    }
    work.create('meetingMinutes', minutesVersionId(activity._id, version), doc)
    work.patch('activityRecords', activity._id, {
      lock: 'signed',
      version,
      signedOffAt: now,
      correction: null,
      counts: view.counts,
      attendeeIds: presentIds,
      attendeeCount: presentIds.length,
    })
    work.patch('activities', activity._id, {
      minutesRecord: { ...minutes, attendeeCount: presentIds.length, version, signedOffAt: now, signedOffByName: byName },
      updatedAt: now,
    })
    work.audit(caller, 'activities.signOffMinutes', activity._id, { version, ...view.counts })
    return true
  })
  if (!signed) return failure('ACTIVITY.NO_MINUTES')
  return signedWithStudy(activity)
}

/**
 * The signed register, after crediting 集中学习 学时 to its in-person 实到 (idempotent, so a retried
 * sign-off — e.g. after a crash between the lock and the credits — completes them).
 */
async function signedWithStudy(activity: ActivityDoc) {
  const view = await registerOf(activity)
  if (view.ok) await creditInPersonStudy(activity, view.value.lines)
  return view
}

/** A correction of signed-off minutes: reopened with who and why; signing again makes the next version. */
export const reopenMinutes: Handler<'activities', 'reopenMinutes'> = async ({ data, caller }) => {
  const meeting = await managedMeeting(caller, data.activityId)
  if (!meeting.ok) return meeting
  const activity = meeting.value
  const now = new Date()
  const state = await inTransaction(async (work) => {
    const record = await work.get<ActivityRecordDoc>('activityRecords', activity._id)
    const lock = record?.lock ?? 'open'
    if (!record || lock !== 'signed') return lock
    work.patch('activityRecords', activity._id, {
      lock: 'correcting',
      correction: { reason: data.reason, byName: actorName(caller), at: now },
    })
    work.audit(caller, 'activities.reopenMinutes', activity._id, { version: record.version ?? 0, reason: data.reason })
    return 'reopened' as const
  })
  if (state === 'open') return failure('ACTIVITY.NOT_CORRECTING')
  return registerOf(activity)
}
