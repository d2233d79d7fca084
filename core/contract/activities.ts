import { z } from 'zod'
import {
  ACTIVITIES_PAGE_SIZE,
  ACTIVITY_CO_ORGANIZERS_MAX,
  ACTIVITY_KINDS,
  ACTIVITY_MAX_CAPACITY,
  ACTIVITY_MAX_MINUTES,
  ACTIVITY_MAX_POINTS,
  ACTIVITY_MINUTES_PHOTOS_MAX,
  MEETING_CORRECTION_REASON_MAX,
  MEETING_LEAVE_REASON_MAX,
  MEETING_LIST_ITEM_LENGTH_MAX,
  MEETING_LIST_ITEMS_MAX,
  MY_ACTIVITY_TABS,
  type ActivityKind,
  type SignUpStatus,
} from '../activities/constants'
import { REGISTER_MARKS, type LeaveStatus, type RegisterCounts, type RegisterMark, type RegisterState } from '../activities/register'
import type { YearlyRecord } from '../activities/org-life'
import { draftIdField, forPersonFields, idField as id, instantField as isoInstant, pageFields, yearField, type Page } from './fields'
import { fileIdSchema, fileIdsSchema } from './files'
// The same download shape as the roster's spreadsheets (stored, temporary URL, removed after a day).
import type { RosterFile } from './members'
import { ADMINS, ANYONE, MANAGERS, MEMBERS, SIGNED_UP } from '../roles'
import { defineAction, type ActionMap } from './define'
import type { MessageKind } from '../messages/templates'
import { audienceSchema, type NoticeAudienceView } from './notices'
import { remoteMeetingActions } from './activities-remote'

import type { RemoteOption } from './activities-remote'

export type { RemoteMeetingItem, RemoteMeetingsResponse, RemoteOption } from './activities-remote'

/**
 * 活动报名 (function `activities`): activities of every kind, one-tap sign-up with a waitlist, sign-up
 * by a helper for their paired elder, check-in/out by a rotating code (or by hand), attendance
 * confirmation that credits points and service minutes through the points bank exactly once
 * (key `attendance:<activityId>:<personId>`), meeting minutes for 三会一课/主题党日, reminders and stats.
 *
 * Seats: `signUp` answers `confirmed` while seats are left; when full it answers ACTIVITY.FULL unless
 * the caller asked to join the waitlist (`waitlist: true`), then `waitlisted`. The activity's seat
 * counter always equals its confirmed sign-ups (both change in one transaction). A cancellation before
 * the cancellation deadline frees the seat and promotes the first waitlisted person, who is told.
 * Repeating a sign-up (ten taps) changes nothing and answers the existing sign-up.
 *
 * Audience (who may see and join): everyone / members only / one org (its whole subtree) / one
 * building — the notices' audience rules. Managers: the admin manages every activity; a secretary
 * manages activities they created or whose audience org is inside their subtree, and creates only for
 * an org or building audience inside their scope. A volunteer team's leader (care.teams' `leaderId`,
 * a bound member, role member) manages exactly their team's activities (`teamId`): creates them for
 * everyone in the community, edits, cancels, shows the check-in code, reads the sign-ups and confirms
 * attendance; any other activity answers COMMON.NOT_FOUND, a create without their team
 * ACTIVITY.TEAM_LEADER_ONLY. Minutes, registers and stats stay with secretaries and the committee.
 *
 * Check-in codes: 6 digits derived from a per-activity secret and the current 30-second window
 * (the previous window is still accepted, so a code shown just before it changes works); a code is
 * only valid from 30 minutes before the start to 30 minutes after the end. The QR text is
 * `honglin:checkin:<activityId>:<in|out>:<code>`. Service minutes = check-out − check-in, capped at
 * the activity's length (or the activity's own serviceMinutes when it has no check-out).
 *
 * Times: instants as ISO-8601 (UTC); calendar days and months in Beijing time.
 */

// The limits, kinds and labels live in a zod-free module, so the mini-program can import them
// without bundling the schemas below; they are part of this contract all the same.
export * from '../activities/constants'

const page = pageFields(ACTIVITIES_PAGE_SIZE)
/** 议题 / 发言人 / 决定事项: a short list of lines, blank lines dropped. */
const minutesList = (label: string) =>
  z
    .array(z.string().trim().max(MEETING_LIST_ITEM_LENGTH_MAX, `${label}每条不超过 ${MEETING_LIST_ITEM_LENGTH_MAX} 字`))
    .max(MEETING_LIST_ITEMS_MAX, `${label}最多 ${MEETING_LIST_ITEMS_MAX} 条`)
    .default([])
    .transform((items) => items.filter((item) => item.length > 0))
const checkInCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, '签到码为 6 位数字')

export const activityFieldsSchema = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    title: z.string().trim().min(1, '请填写活动名称').max(60),
    description: z.string().trim().max(2000).default(''),
    coverFileId: fileIdSchema.nullable().default(null),
    place: z.string().trim().min(1, '请填写活动地点').max(60),
    startAt: isoInstant,
    endAt: isoInstant,
    /** null: sign-up opens when the activity is published. */
    signUpOpensAt: isoInstant.nullable().default(null),
    /** null: sign-up closes at the start. */
    signUpClosesAt: isoInstant.nullable().default(null),
    /** null: sign-ups may be cancelled until the start. */
    cancelDeadline: isoInstant.nullable().default(null),
    /** null: unlimited. */
    capacity: z.number().int('须为整数').min(1).max(ACTIVITY_MAX_CAPACITY).nullable(),
    audience: audienceSchema,
    points: z.number().int('须为整数').min(0).max(ACTIVITY_MAX_POINTS).default(0),
    serviceMinutes: z.number().int('须为整数').min(0).max(ACTIVITY_MAX_MINUTES).default(0),
    /** When false, everyone checked in counts as attended without a confirmation step. */
    requiresConfirmation: z.boolean().default(true),
    /**
     * The volunteer team (care.teams) organising it, shown as 主办：<team>. Its leader — a plain member —
     * creates and runs it; a leader must name their own team, and their activity is for everyone (all).
     */
    teamId: id.nullable().default(null),
    /** 协办: partner units (community.partnerUnits), each must exist (ACTIVITY.UNKNOWN_CO_ORGANIZER). */
    coOrganizerIds: z
      .array(id)
      .max(ACTIVITY_CO_ORGANIZERS_MAX, `协办单位最多 ${ACTIVITY_CO_ORGANIZERS_MAX} 个`)
      .default([])
      .transform((ids) => [...new Set(ids)]),
  })
  .strict()

export type ActivityFields = z.output<typeof activityFieldsSchema>

// ---------------------------------------------------------------------------------------------
// Response types
// ---------------------------------------------------------------------------------------------

/** Activities have the notices' audiences, shown alike. */
export type ActivityAudienceView = NoticeAudienceView

export interface ActivityListItem {
  id: string
  kind: ActivityKind
  title: string
  place: string
  startAt: string
  endAt: string
  coverFileId: string | null
  capacity: number | null
  confirmedCount: number
  /** null when unlimited. */
  seatsLeft: number | null
  waitlistCount: number
  points: number
  serviceMinutes: number
  status: 'published' | 'cancelled'
  /** The caller's own sign-up, if any. */
  myStatus: SignUpStatus | null
  audience: ActivityAudienceView
  /** 主办: the organising volunteer team, if any. */
  team: { id: string; name: string } | null
  /** 协办: co-organising partner units. */
  coOrganizers: Array<{ id: string; name: string }>
}

export type ActivityListResponse = Page<ActivityListItem>

/** A paired elder's state for this activity, shown to their helper. */
export interface ElderSignUpState {
  /** The elder's person id: a paired member, or a paired resident (一对一帮扶). */
  memberId: string
  name: string
  status: SignUpStatus | null
  eligible: boolean
}

export interface ActivityDetail extends ActivityListItem {
  description: string
  signUpOpensAt: string | null
  signUpClosesAt: string | null
  cancelDeadline: string | null
  requiresConfirmation: boolean
  cancelReason: string | null
  organizerName: string
  /** Whether the caller could sign up now (and if not, the code that would answer). */
  canSignUp: boolean
  signUpBlockedBy: string | null
  /** The caller's own sign-up. */
  mySignUp: SignUpView | null
  /** For a helper: each paired elder. */
  elders: ElderSignUpState[]
  /** The caller manages this activity (edit, cancel, codes, attendance). */
  canManage: boolean
  attendanceConfirmedAt: string | null
  /** Pass back to `update` (optimistic concurrency). */
  version: number
}

export interface SignUpView {
  id: string
  activityId: string
  personId: string
  personName: string
  status: SignUpStatus
  /** 1-based place in the waitlist while waitlisted. */
  waitlistPosition: number | null
  /** Set when a helper acted for their elder: "由 X 代报名". */
  actedByName: string | null
  remind: boolean
  signedUpAt: string
  checkedInAt: string | null
  checkedOutAt: string | null
  /** After confirmation: attended, with the credited minutes and points. */
  attended: boolean
  creditedMinutes: number
  creditedPoints: number
}

export interface SignUpResponse {
  signUp: SignUpView
  /** True when this person was already signed up (a repeated tap): nothing changed. */
  duplicate: boolean
}

export interface CancelResponse {
  signUp: SignUpView
  /** Name (masked) of the waitlisted person who got the freed seat, if any. */
  promotedName: string | null
}

export interface MySignUpItem {
  activity: ActivityListItem
  signUp: SignUpView
}

export interface CheckInCodeResponse {
  code: string
  /** Text to encode as the QR code. */
  qrText: string
  mode: 'in' | 'out'
  /** When this code stops being the current one (the previous one is accepted 30 s more). */
  expiresAt: string
}

export interface AttendanceRow {
  personId: string
  name: string
  phoneMasked: string | null
  status: SignUpStatus
  checkedInAt: string | null
  checkedOutAt: string | null
  /** Minutes from check-in/out, capped at the activity's length. */
  minutes: number
  /** Ticked: confirmed as attended (before confirmation: checked in). */
  attended: boolean
  credited: boolean
}

export interface AttendanceResponse {
  activityId: string
  title: string
  startAt: string
  endAt: string
  /** By the server's clock: upcoming (nobody is absent yet), underway, ended (attendance can be confirmed). */
  phase: 'upcoming' | 'underway' | 'ended'
  /** 签到/签退 (also by hand) works from `checkInOpensAt` to `checkInClosesAt`; `checkInOpen` now. */
  checkInOpensAt: string
  checkInClosesAt: string
  checkInOpen: boolean
  rows: AttendanceRow[]
  confirmedAt: string | null
  minutesRecord: MeetingRecordView | null
}

export interface MeetingRecordView {
  text: string
  photos: string[]
  attendeeCount: number
  recordedAt: string
  recordedByName: string
  topics: string[]
  speakers: string[]
  decisions: string[]
}

/** One expected member in a meeting's register (see core/activities/register.ts for the states). */
export interface RegisterLine {
  memberId: string
  name: string
  elder: boolean
  /** An elder's helper (结对人), who can take the content to them (送学). */
  helperName: string | null
  state: RegisterState
  checkedInAt: string | null
  mark: RegisterMark
  leave: { reason: string; status: LeaveStatus } | null
  /** Took part remotely (远程在线党员学习会): counted 实到; who recorded it (the member or their helper). */
  remote: boolean
  remoteByName: string | null
}

/** A signed-off version of the minutes with who signed it and, from version 2, why it was corrected. */
export interface MinutesVersionView {
  version: number
  signedOffAt: string
  signedOffByName: string
  correctionReason: string | null
}

export interface MeetingRegisterResponse {
  activityId: string
  title: string
  kind: ActivityKind
  orgName: string
  startAt: string
  endAt: string
  phase: 'upcoming' | 'underway' | 'ended'
  /** 应到 with each one's state; when signed off, the list as frozen in the latest version. */
  lines: RegisterLine[]
  /** 列席: came (checked in) but not on the list. */
  walkIns: Array<{ personId: string; name: string }>
  counts: RegisterCounts
  /** The draft (or, when signed off, the signed) minutes. */
  minutes: MeetingRecordView | null
  /** signed: locked; correcting: reopened with a reason, to be signed off as the next version. */
  lock: 'open' | 'signed' | 'correcting'
  correction: { reason: string; byName: string } | null
  versions: MinutesVersionView[]
  /** 远程在线党员学习会: the meeting's remote option (link or dial-in, material), null when none. */
  remote: RemoteOption | null
}

/** One meeting with minutes in a branch's year (the 台账's list). */
export interface YearlyMeetingItem {
  activityId: string
  kind: ActivityKind
  title: string
  startAt: string
  /** The register's numbers when it was kept (null for a meeting without a roster behind it). */
  counts: RegisterCounts | null
  /** Signed-off version, 0 while still a draft. */
  version: number
}

export interface YearlyRecordResponse {
  year: number
  orgId: string
  orgName: string
  /** Branches the caller may look at (the committee: every branch; a secretary: their own). */
  branches: Array<{ id: string; name: string }>
  record: YearlyRecord
  meetings: YearlyMeetingItem[]
}

export interface MyLeaveResponse {
  /** The caller is on this meeting's 应到 list (only they can ask for leave). */
  expected: boolean
  leave: { reason: string; status: LeaveStatus; decidedByName: string | null } | null
  /** Leave can be asked (or its reason changed) until the meeting ends, while not decided. */
  canAsk: boolean
}

export interface ActivityStatsResponse {
  year: number
  /** Activities per kind per Beijing month (YYYY-MM). */
  perKindMonth: Array<{ month: string; kind: ActivityKind; count: number }>
  signUps: number
  attended: number
  /** Per branch in scope: members, members who attended at least once this year, rate 0..1. */
  branches: Array<{ orgId: string; name: string; members: number; participants: number; rate: number; meetings: number }>
  /** Most active volunteers this year (masked names): attended activities and minutes. */
  topVolunteers: Array<{ maskedName: string; activities: number; minutes: number }>
}

export interface OutboxItem {
  id: string
  /** reminder | promoted | changed | cancelled */
  type: 'reminder' | 'promoted' | 'changed' | 'cancelled' | 'orgLife'
  activityId: string
  activityTitle: string
  toName: string
  text: string
  createdAt: string
  /**
   * queued → sent (WeChat accepted it), skipped-no-consent (the person had no subscription left for
   * its template: nothing was sent), refused (WeChat answered 43101), failed (47003 bad data, or another
   * error; `error` says which).
   */
  status: OutboxStatus
  /** The template's kind and what WeChat answered when it was not sent. */
  error: { code: number; message: string } | null
}

export type OutboxStatus = 'queued' | 'sent' | 'skipped-no-consent' | 'refused' | 'failed'

export interface SubscriptionTemplate {
  kind: MessageKind
  templateId: string
  /** What the message is for, to show beside the consent request. */
  title: string
}

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

const activityRef = { activityId: id }
/** One branch's year (the committee names the branch; a secretary's is their own). */
const branchYear = { year: yearField, orgId: id.optional() }
/** For a helper acting for their paired elder: a member (forMemberId, older clients) or a member or resident (forPersonId). */
const forMember = { forMemberId: id.optional(), ...forPersonFields }
/** Manual check-in/out by the organiser names the person; a participant sends the code instead. */
const checkInRequest = { ...activityRef, code: checkInCode.optional(), personId: id.optional() }

/** What waits for a manager in activities (首页 待办), in their subtree. */
export interface ActivitiesCounts {
  /** Leave requests for meetings the caller manages, still undecided. */
  leaves: number
}

export const activitiesActions = {
  list: defineAction<ActivityListResponse>()({
    request: { kind: z.enum(ACTIVITY_KINDS).optional(), ...page },
    roles: ANYONE,
    summary: '查看可参加的近期活动（可按类型筛选）',
  }),
  get: defineAction<{ activity: ActivityDetail }>()({
    request: activityRef,
    roles: ANYONE,
    summary: '查看活动详情、剩余名额和我的报名',
  }),
  create: defineAction<{ activity: ActivityDetail }>()({
    request: {
      /** The form's id (the client keeps it for the form's life): a retried create is one activity. */
      draftId: draftIdField.optional(),
      fields: activityFieldsSchema,
    },
    roles: MEMBERS,
    summary: '发布活动；志愿服务队队长可为本队发布（面向全体居民），可填协办的共建单位',
  }),
  update: defineAction<{ activity: ActivityDetail; notified: number }>()({
    request: { ...activityRef, fields: activityFieldsSchema, version: z.number().int().min(0) },
    roles: MEMBERS,
    summary: '修改活动（时间地点变更通知已报名者）；队长只能修改本队的活动',
  }),
  cancelActivity: defineAction<{ activity: ActivityDetail; notified: number }>()({
    request: { ...activityRef, reason: z.string().trim().min(1, '请填写取消原因').max(200) },
    roles: MEMBERS,
    summary: '取消活动（通知所有报名者）；队长只能取消本队的活动',
  }),
  manageList: defineAction<ActivityListResponse>()({
    request: {
      status: z.enum(['upcoming', 'past', 'cancelled']).default('upcoming'),
      /** Only this team's activities: for its leader (a plain member), the committee, or a secretary within their subtree. */
      teamId: id.optional(),
      ...page,
    },
    roles: MEMBERS,
    summary: '管理我负责的活动；按队伍查看本队的活动（队长、社区党委）',
  }),
  signUp: defineAction<SignUpResponse>()({
    request: { ...activityRef, ...forMember, waitlist: z.boolean().default(false), remind: z.boolean().default(false) },
    roles: SIGNED_UP,
    summary: '报名活动（满员可候补；结对人可为长辈报名）',
  }),
  cancel: defineAction<CancelResponse>()({
    request: { ...activityRef, ...forMember },
    roles: SIGNED_UP,
    summary: '取消报名（候补第一位自动递补）',
  }),
  mySignUps: defineAction<Page<MySignUpItem>>()({
    request: { tab: z.enum(MY_ACTIVITY_TABS), ...page },
    roles: SIGNED_UP,
    summary: '我的活动：待参加、候补、已参加、已取消',
  }),
  checkInCode: defineAction<CheckInCodeResponse>()({
    request: { ...activityRef, mode: z.enum(['in', 'out']).default('in') },
    roles: MEMBERS,
    summary: '显示签到/签退码（每 30 秒更新）；队长可显示本队活动的签到码',
  }),
  checkIn: defineAction<{ signUp: SignUpView; duplicate: boolean }>()({
    request: checkInRequest,
    roles: SIGNED_UP,
    summary: '扫码或输入签到码签到；组织者可为他人手动签到',
  }),
  checkOut: defineAction<{ signUp: SignUpView; duplicate: boolean }>()({
    request: checkInRequest,
    roles: SIGNED_UP,
    summary: '扫码或输入签退码签退；组织者可为他人手动签退',
  }),
  attendance: defineAction<AttendanceResponse>()({
    request: activityRef,
    roles: MEMBERS,
    summary: '查看报名和签到名单（队长：本队的活动）',
  }),
  confirmAttendance: defineAction<{ attendance: AttendanceResponse; credited: number }>()({
    request: { ...activityRef, attendedIds: z.array(id).max(ACTIVITY_MAX_CAPACITY) },
    roles: MEMBERS,
    summary: '确认出勤并发放积分和志愿时长（每人只发一次；队长：本队的活动）',
  }),
  recordMinutes: defineAction<{ record: MeetingRecordView }>()({
    request: {
      ...activityRef,
      text: z.string().trim().min(1, '请填写会议纪要').max(5000),
      photos: fileIdsSchema(ACTIVITY_MINUTES_PHOTOS_MAX).default([]),
      topics: minutesList('议题'),
      speakers: minutesList('发言人'),
      decisions: minutesList('决定事项'),
    },
    roles: MANAGERS,
    summary: '记录三会一课/主题党日会议纪要（议题、发言人、决定事项、照片；签字确认后锁定）',
  }),
  register: defineAction<MeetingRegisterResponse>()({
    request: activityRef,
    roles: MANAGERS,
    summary: '三会一课登记：应到（按会议日期的花名册）、实到、送学、请假、缺席、列席',
  }),
  markAttendee: defineAction<MeetingRegisterResponse>()({
    request: { ...activityRef, memberId: id, mark: z.enum(REGISTER_MARKS) },
    roles: MANAGERS,
    summary: '书记勾选到会或送学（长辈由结对人送学），或取消勾选',
  }),
  requestLeave: defineAction<MyLeaveResponse>()({
    request: {
      ...activityRef,
      reason: z.string().trim().min(1, '请填写请假原因').max(MEETING_LEAVE_REASON_MAX, `请假原因不超过 ${MEETING_LEAVE_REASON_MAX} 字`),
    },
    roles: MEMBERS,
    summary: '党员为本支部会议请假（写明原因，等待书记批准）',
  }),
  myLeave: defineAction<MyLeaveResponse>()({
    request: activityRef,
    roles: MEMBERS,
    summary: '查看我在本次会议的应到身份和请假情况',
  }),
  reviewLeave: defineAction<MeetingRegisterResponse>()({
    request: { ...activityRef, memberId: id, approve: z.boolean() },
    roles: MANAGERS,
    summary: '批准或不批准党员的会议请假',
  }),
  signOffMinutes: defineAction<MeetingRegisterResponse>()({
    request: activityRef,
    roles: MANAGERS,
    summary: '书记签字确认会议纪要和登记（锁定，形成一个版本）',
  }),
  reopenMinutes: defineAction<MeetingRegisterResponse>()({
    request: {
      ...activityRef,
      reason: z
        .string()
        .trim()
        .min(1, '请填写更正原因')
        .max(MEETING_CORRECTION_REASON_MAX, `更正原因不超过 ${MEETING_CORRECTION_REASON_MAX} 字`),
    },
    roles: MANAGERS,
    summary: '更正已签字的会议纪要（写明原因；再次签字后成为新版本）',
  }),
  yearlyRecord: defineAction<YearlyRecordResponse>()({
    request: branchYear,
    roles: MANAGERS,
    summary: '支部组织生活年度台账：每月应开展与已开展的三会一课、主题党日，到会率，缺项标红',
  }),
  exportYearlyRecord: defineAction<RosterFile>()({
    request: branchYear,
    roles: MANAGERS,
    summary: '导出支部组织生活年度台账（.xlsx）',
  }),
  stats: defineAction<ActivityStatsResponse>()({
    request: { year: yearField },
    roles: MANAGERS,
    summary: '活动统计：按类型按月、报名与出勤、支部参与率、活跃志愿者',
  }),
  outbox: defineAction<Page<OutboxItem>>()({
    request: page,
    roles: ADMINS,
    summary: '查看活动消息发件箱：每条消息的发送结果（已发送、未订阅未发送、被拒收、失败及微信答复）',
  }),
  sendReminders: defineAction<{ queued: number }>()({
    request: {},
    roles: ADMINS,
    summary: '把即将开始活动的提醒加入发件箱并发送待发消息（生产环境由定时触发器调用）',
  }),
  subscriptionTemplates: defineAction<{ templates: SubscriptionTemplate[] }>()({
    request: {},
    roles: SIGNED_UP,
    summary: '查看活动消息的订阅模板（报名时请求订阅用）',
  }),
  recordSubscription: defineAction<{ accepted: MessageKind[] }>()({
    request: {
      /** One per requestSubscribeMessage result: a resent result counts once. */
      requestId: z.string().trim().min(8).max(64),
      /** requestSubscribeMessage's answer: template id → accept | reject | ban | filter. */
      results: z
        .record(z.string().trim().min(1).max(64), z.enum(['accept', 'reject', 'ban', 'filter']))
        .refine((value) => Object.keys(value).length <= 10, { message: '最多 10 个模板' }),
    },
    roles: SIGNED_UP,
    summary: '记录订阅消息授权（每次允许可收到一条对应的消息）',
  }),
  counts: defineAction<ActivitiesCounts>()({
    request: {},
    roles: MANAGERS,
    summary: '首页「待办」：所管辖会议中待批的请假',
  }),
  ...remoteMeetingActions,
} satisfies ActionMap
