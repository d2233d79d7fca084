import { MEETING_KINDS, type AttendanceResponse, type AttendanceRow } from '../../../core/contract/activities'
import type { ActivityDoc, ActivityRecordDoc, MeetingRecordDoc } from '../../../core/activities/model'
import { activityPhase, checkInWindowOf, inCheckInWindow, serviceMinutesOf } from '../../../core/activities/rules'
import { maskPhone } from '../../../core/mask'
import type { MemberDoc, ResidentDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import { beijingMonth, beijingYear, isoOrNull, toDate } from '../../../core/time'
import { writeAudit } from '../../_core/audit'
import type { Handler } from '../../_core/create-function'
import { command, findMany, updateWhere } from '../../_core/db'
import { actorName } from '../../_core/person'
import { inTransaction } from '../../_core/transaction'
import { managedActivity } from '../lib/access'
import { creditAttendance } from '../lib/credit'
import { timesOfDoc } from '../lib/dates'
import { confirmedSignUps } from '../lib/sign-ups'
import { registerOf } from '../lib/register'
import { toRecordView } from '../lib/views'

/** The sign-up list with check-in/out, minutes and (masked) phones, for the organiser. */
async function attendanceOf(activityDoc: ActivityDoc): Promise<AttendanceResponse> {
  const activity = timesOfDoc(activityDoc)
  const signUps = await confirmedSignUps(activity._id)
  const ids = signUps.map((s) => s.personId)
  const phones = new Map<string, string>()
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100)
    const [members, residents] = await Promise.all([
      findMany<MemberDoc>('members', { _id: command().in(chunk) }, { limit: chunk.length, fields: { phone: true } }),
      findMany<ResidentDoc>('residents', { _id: command().in(chunk) }, { limit: chunk.length, fields: { phone: true } }),
    ])
    for (const person of [...members, ...residents]) phones.set(person._id, person.phone)
  }
  const confirmed = activity.attendanceConfirmedAt !== null
  const rows: AttendanceRow[] = signUps.map((s) => ({
    personId: s.personId,
    name: s.personName,
    phoneMasked: maskPhone(phones.get(s.personId)),
    status: s.status,
    checkedInAt: isoOrNull(s.checkedInAt),
    checkedOutAt: isoOrNull(s.checkedOutAt),
    minutes: s.credited ? s.creditedMinutes : serviceMinutesOf(activity, toDate(s.checkedInAt), toDate(s.checkedOutAt)),
    attended: confirmed || s.credited ? s.attended : s.checkedInAt !== null,
    credited: s.credited,
  }))
  const now = new Date()
  const window = checkInWindowOf(activity)
  return {
    activityId: activity._id,
    title: activity.title,
    startAt: activity.startAt.toISOString(),
    endAt: activity.endAt.toISOString(),
    phase: activityPhase(activity, now),
    checkInOpensAt: window.opensAt.toISOString(),
    checkInClosesAt: window.closesAt.toISOString(),
    checkInOpen: inCheckInWindow(activity, now),
    rows,
    confirmedAt: isoOrNull(activity.attendanceConfirmedAt),
    minutesRecord: toRecordView(activity.minutesRecord),
  }
}

export const attendance: Handler<'activities', 'attendance'> = async ({ data, caller }) => {
  const managed = await managedActivity(caller, data.activityId)
  if (!managed.ok) return managed
  return success(await attendanceOf(managed.value))
}

/**
 * After the end, the organiser ticks who attended. Each ticked person is credited the activity's
 * points and their service minutes through the points bank (key `attendance:<activityId>:<personId>`),
 * exactly once however often this is repeated. A credit already made stays; unticked people who were
 * never credited are marked not attended.
 */
export const confirmAttendance: Handler<'activities', 'confirmAttendance'> = async ({ data, caller }) => {
  const managed = await managedActivity(caller, data.activityId)
  if (!managed.ok) return managed
  const activity = timesOfDoc(managed.value)
  if (activity.status === 'cancelled') return failure('ACTIVITY.CANCELLED')
  if (Date.now() < activity.endAt.getTime()) return failure('ACTIVITY.NOT_ENDED')
  const signUps = await confirmedSignUps(activity._id)
  const known = new Set(signUps.map((s) => s.personId))
  const ticked = new Set(data.attendedIds)
  const stranger = [...ticked].find((id) => !known.has(id))
  if (stranger) return failure('COMMON.VALIDATION', 'attendedIds：名单中有未报名的人员', 'attendedIds')

  let credited = 0
  for (const personId of ticked) if (await creditAttendance(activity, personId)) credited += 1
  const unticked = signUps.filter((s) => !ticked.has(s.personId) && !s.credited).map((s) => s._id)
  if (unticked.length) await updateWhere('activitySignUps', { _id: command().in(unticked), credited: false }, { attended: false })
  const now = new Date()
  await updateWhere('activities', { _id: activity._id }, { attendanceConfirmedAt: now, updatedAt: now })
  await writeAudit(caller, 'activities.confirmAttendance', activity._id, { attended: ticked.size, credited })
  return success({ attendance: await attendanceOf({ ...activity, attendanceConfirmedAt: now }), credited })
}

/**
 * 三会一课 / 主题党日: the organiser records the minutes (text, 议题, 发言人, 决定事项, photos); the
 * record counts toward the branch's yearly record (activityRecords) with the register's numbers.
 * Recording again replaces the draft; once signed off it is locked (a correction reopens it first).
 */
export const recordMinutes: Handler<'activities', 'recordMinutes'> = async ({ data, caller }) => {
  const managed = await managedActivity(caller, data.activityId)
  if (!managed.ok) return managed
  const activity = timesOfDoc(managed.value)
  if (!MEETING_KINDS.includes(activity.kind)) return failure('ACTIVITY.NOT_A_MEETING')
  if (activity.status === 'cancelled') return failure('ACTIVITY.CANCELLED')
  const [signUps, register] = await Promise.all([confirmedSignUps(activity._id), registerOf(activity)])
  // With a roster behind it (a branch's or group's meeting) 实到 is the register's; else who came.
  const counts = register.ok ? register.value.counts : null
  const confirmed = activity.attendanceConfirmedAt !== null
  const attendees = register.ok
    ? register.value.lines.filter((line) => line.state === 'present').map((line) => line.memberId)
    : signUps.filter((s) => (confirmed ? s.attended : s.attended || s.checkedInAt !== null)).map((s) => s.personId)
  const now = new Date()
  const record: MeetingRecordDoc = {
    text: data.text,
    photos: data.photos,
    topics: data.topics,
    speakers: data.speakers,
    decisions: data.decisions,
    attendeeCount: attendees.length,
    recordedAt: now,
    recordedByName: actorName(caller),
  }
  const yearly: Omit<ActivityRecordDoc, '_id'> = {
    activityId: activity._id,
    kind: activity.kind,
    title: activity.title,
    orgId: activity.audience.kind === 'org' ? activity.audience.orgId : null,
    scopePath: activity.scopePath,
    year: beijingYear(activity.startAt),
    month: beijingMonth(activity.startAt),
    text: data.text,
    photos: data.photos,
    attendeeCount: attendees.length,
    attendeeIds: attendees,
    recordedAt: now,
    recordedByOpenid: caller.openid,
    recordedByName: record.recordedByName,
    ...(counts ? { counts } : {}),
  }
  const locked = await inTransaction(async (work) => {
    const existing = await work.get<ActivityRecordDoc>('activityRecords', activity._id)
    if (existing?.lock === 'signed') return true
    const current = await work.get<ActivityDoc>('activities', activity._id)
    // A correction keeps the signed version's number until it is signed again.
    const kept = current?.minutesRecord ? { version: current.minutesRecord.version, signedOffAt: null, signedOffByName: null } : {}
    work.patch('activities', activity._id, { minutesRecord: { ...record, ...kept }, updatedAt: now })
    if (existing) work.patch('activityRecords', activity._id, yearly)
    else work.create('activityRecords', activity._id, { ...yearly, lock: 'open', version: 0, signedOffAt: null, correction: null })
    work.audit(caller, 'activities.recordMinutes', activity._id, { attendeeCount: attendees.length, photos: data.photos.length })
    return false
  })
  if (locked) return failure('ACTIVITY.MINUTES_LOCKED')
  return success({ record: toRecordView(record)! })
}
