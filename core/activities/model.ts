import type { LeaveStatus, RegisterCounts, RegisterMark, RegisterState } from './register'
import type { ActivityKind, SignUpStatus } from '../contract/activities'
import type { Audience } from '../notices/audience'
import type { RemoteOption } from './remote'

/**
 * activities: one activity. `_id` = `act-<random>`. The seat counter (`confirmedCount`) changes only
 * in the transaction that confirms or cancels a sign-up, so it always equals the confirmed sign-ups;
 * it is the activity's only hot field. The waitlist is not on the activity: it is the `waitlisted`
 * sign-ups, in order of `signedUpAt` then `_id` (documents written before that still carry an old
 * `waitlist` array, which nothing reads). `checkInSecret` never leaves the server.
 */
export interface ActivityDoc {
  _id: string
  kind: ActivityKind
  title: string
  description: string
  coverFileId: string | null
  place: string
  startAt: Date
  endAt: Date
  signUpOpensAt: Date | null
  signUpClosesAt: Date | null
  cancelDeadline: Date | null
  capacity: number | null
  audience: Audience
  /** audienceKeyOf(audience): the one indexed condition of every reader query. */
  audienceKey: string
  audienceLabel: string
  /** The org subtree the audience lies in (the committee for everyone/members): who manages it. */
  scopePath: string[]
  points: number
  serviceMinutes: number
  requiresConfirmation: boolean
  status: 'published' | 'cancelled'
  cancelReason: string | null
  confirmedCount: number
  /** Beijing calendar of the start, for stats. */
  startMonth: string
  startYear: number
  checkInSecret: string
  organizerOpenid: string
  organizerName: string
  /** The volunteer team (careTeams) that organises it: its leader manages it (absent on older documents). */
  teamId?: string | null
  teamName?: string | null
  /** 协办: partner units (partnerUnits) co-organising it, ids and names as they were when saved. */
  coOrganizerIds?: string[]
  coOrganizerNames?: string[]
  attendanceConfirmedAt: Date | null
  minutesRecord: MeetingRecordDoc | null
  /** 远程在线党员学习会: the meeting's remote option (set by `setRemote`); `remoteOn` is the indexed flag. Absent: none. */
  remote?: RemoteOption | null
  remoteOn?: boolean
  version: number
  createdAt: Date
  updatedAt: Date
}

export interface MeetingRecordDoc {
  text: string
  photos: string[]
  attendeeCount: number
  recordedAt: Date
  recordedByName: string
  /** 议题, 发言人, 决定事项 (absent on records written before the register). */
  topics?: string[]
  speakers?: string[]
  decisions?: string[]
  /** 1, 2, …: each correction after sign-off is a new version (meetingMinutes keeps them all). */
  version?: number
  signedOffAt?: Date | null
  signedOffByName?: string | null
}

/** One member's line in a meeting's register, frozen into a signed-off version of the minutes. */
export interface RegisterLineDoc {
  memberId: string
  name: string
  elder: boolean
  state: RegisterState
  /** 请假 reason; 送学 helper's name. */
  note: string
  /** How 实到 came about: the check-in time, or the secretary's tick (absent on none). */
  checkedInAt?: Date | null
  mark?: RegisterMark
  /** Took part remotely, and who recorded it (absent on versions from before). */
  remote?: boolean
  remoteByName?: string | null
}

/**
 * meetingAttendees: `_id` = `<activityId>:<memberId>`: the secretary's mark (实到 / 送学) and the
 * member's leave request of one meeting — one document per person, so a retry never doubles it.
 */
export interface MeetingAttendeeDoc {
  _id: string
  activityId: string
  memberId: string
  memberName: string
  mark: RegisterMark
  leave: { reason: string; status: LeaveStatus; requestedAt: Date; decidedAt: Date | null; decidedByName: string | null } | null
  /** Took part remotely (远程在线党员学习会): recorded once by the member (self) or their paired helper. */
  remote?: { at: Date; byId: string; byName: string; self: boolean } | null
  updatedAt: Date
}

/**
 * meetingMinutes: `_id` = `<activityId>:v<version>`: every signed-off version of a meeting's minutes
 * with the register as it stood; version 2+ say who corrected it and why. Never updated.
 */
export interface MeetingMinutesDoc {
  _id: string
  activityId: string
  version: number
  text: string
  topics: string[]
  speakers: string[]
  decisions: string[]
  photos: string[]
  lines: RegisterLineDoc[]
  walkIns: Array<{ personId: string; name: string }>
  counts: RegisterCounts
  signedOffAt: Date
  signedOffByOpenid: string
  signedOffByName: string
  /** Why this version replaced the one before (null for version 1). */
  correctionReason: string | null
}

/** activitySignUps: `_id` = `<activityId>:<personId>`, so one person has one sign-up per activity. */
export interface ActivitySignUpDoc {
  _id: string
  activityId: string
  personId: string
  personName: string
  personKind: 'member' | 'resident'
  /** The person's own org path (members) for branch participation stats. */
  orgPath: string[]
  status: SignUpStatus
  /** Copied from the activity (kept in step by update/cancelActivity) for "my activities" lists. */
  activityStartAt: Date
  activityEndAt: Date
  activityCancelled: boolean
  /** Who acted, when a helper signed up (or cancelled) for their paired elder. */
  actedById: string | null
  actedByName: string | null
  remind: boolean
  signedUpAt: Date
  cancelledAt: Date | null
  checkedInAt: Date | null
  checkedOutAt: Date | null
  checkInBy: 'code' | 'manual' | null
  attended: boolean
  credited: boolean
  creditedMinutes: number
  creditedPoints: number
  updatedAt: Date
}

/** activityOutbox: notifications to send (subscription messages in production; listed locally). */
export interface ActivityOutboxDoc {
  _id: string
  type: 'reminder' | 'promoted' | 'changed' | 'cancelled' | 'orgLife'
  activityId: string
  activityTitle: string
  personId: string
  toName: string
  text: string
  createdAt: Date
  status: 'queued' | 'sent' | 'skipped-no-consent' | 'refused' | 'failed'
  sentAt: Date | null
  /** What WeChat answered when the message was not sent (absent on messages queued before). */
  error?: { code: number; message: string } | null
}

/** activityRecords: `_id` = activity id; a 三会一课/主题党日 meeting's record for the branch's year. */
export interface ActivityRecordDoc {
  _id: string
  activityId: string
  kind: ActivityKind
  title: string
  /** The org of the audience (the branch holding the meeting), else null. */
  orgId: string | null
  scopePath: string[]
  year: number
  month: string
  text: string
  photos: string[]
  attendeeCount: number
  attendeeIds: string[]
  recordedAt: Date
  recordedByOpenid: string
  recordedByName: string
  /** The register's numbers (absent on records written before it): 应到, 实到, 送学, 请假, 缺席, 列席, rate. */
  counts?: RegisterCounts
  /** Signed-off version (0 or absent: not signed off yet). */
  version?: number
  signedOffAt?: Date | null
  /** open: never signed; signed: locked; correcting: reopened with `correction`, to be signed again. */
  lock?: 'open' | 'signed' | 'correcting'
  correction?: { reason: string; byName: string; at: Date } | null
}
