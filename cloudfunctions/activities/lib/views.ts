import type { ActivityDetail, ActivityListItem, MeetingRecordView, SignUpStatus, SignUpView } from '../../../core/contract/activities'
import type { ActivityDoc, ActivitySignUpDoc, MeetingRecordDoc } from '../../../core/activities/model'
import { isoOf, isoOrNull } from '../../../core/time'

/** `waitlistCount`: the activity's waitlisted sign-ups (lib/waitlist counts them). */
export function toListItem(activity: ActivityDoc, myStatus: SignUpStatus | null, waitlistCount = 0): ActivityListItem {
  return {
    id: activity._id,
    kind: activity.kind,
    title: activity.title,
    place: activity.place,
    startAt: isoOf(activity.startAt),
    endAt: isoOf(activity.endAt),
    coverFileId: activity.coverFileId,
    capacity: activity.capacity,
    confirmedCount: activity.confirmedCount,
    seatsLeft: activity.capacity === null ? null : Math.max(0, activity.capacity - activity.confirmedCount),
    waitlistCount,
    points: activity.points,
    serviceMinutes: activity.serviceMinutes,
    status: activity.status,
    myStatus,
    audience: {
      kind: activity.audience.kind,
      orgId: activity.audience.kind === 'org' ? activity.audience.orgId : null,
      building: activity.audience.kind === 'building' ? activity.audience.building : null,
      label: activity.audienceLabel,
    },
    team: activity.teamId ? { id: activity.teamId, name: activity.teamName ?? '' } : null,
    coOrganizers: (activity.coOrganizerIds ?? []).map((id, i) => ({ id, name: activity.coOrganizerNames?.[i] ?? '' })),
  }
}

/** `waitlistPosition`: the sign-up's place while waitlisted (lib/waitlist waitlistPositionOf). */
export function toSignUpView(signUp: ActivitySignUpDoc, waitlistPosition: number | null = null): SignUpView {
  return {
    id: signUp._id,
    activityId: signUp.activityId,
    personId: signUp.personId,
    personName: signUp.personName,
    status: signUp.status,
    waitlistPosition: signUp.status === 'waitlisted' ? waitlistPosition : null,
    actedByName: signUp.actedByName,
    remind: signUp.remind,
    signedUpAt: isoOf(signUp.signedUpAt),
    checkedInAt: isoOrNull(signUp.checkedInAt),
    checkedOutAt: isoOrNull(signUp.checkedOutAt),
    attended: signUp.attended,
    creditedMinutes: signUp.creditedMinutes,
    creditedPoints: signUp.creditedPoints,
  }
}

export function toRecordView(record: MeetingRecordDoc | null): MeetingRecordView | null {
  if (!record) return null
  return {
    text: record.text,
    photos: record.photos,
    attendeeCount: record.attendeeCount,
    recordedAt: isoOf(record.recordedAt),
    recordedByName: record.recordedByName,
    topics: record.topics ?? [],
    speakers: record.speakers ?? [],
    decisions: record.decisions ?? [],
  }
}

export type DetailExtras = Pick<ActivityDetail, 'canSignUp' | 'signUpBlockedBy' | 'mySignUp' | 'elders' | 'canManage'>

export function toDetail(activity: ActivityDoc, extras: DetailExtras, waitlistCount = 0): ActivityDetail {
  return {
    ...toListItem(activity, extras.mySignUp?.status ?? null, waitlistCount),
    description: activity.description,
    signUpOpensAt: isoOrNull(activity.signUpOpensAt),
    signUpClosesAt: isoOrNull(activity.signUpClosesAt),
    cancelDeadline: isoOrNull(activity.cancelDeadline),
    requiresConfirmation: activity.requiresConfirmation,
    cancelReason: activity.cancelReason,
    organizerName: activity.organizerName,
    attendanceConfirmedAt: isoOrNull(activity.attendanceConfirmedAt),
    version: activity.version,
    ...extras,
  }
}

/** A manager's view of an activity they just wrote. */
export function managerDetail(activity: ActivityDoc, waitlistCount = 0): ActivityDetail {
  return toDetail(activity, { canSignUp: false, signUpBlockedBy: null, mySignUp: null, elders: [], canManage: true }, waitlistCount)
}
