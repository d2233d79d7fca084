/**
 * 活动报名's limits, kinds and labels: plain values (no zod), so the mini-program imports them without
 * the contract's schemas. `core/contract/activities.ts` re-exports them as part of the contract.
 */

export const ACTIVITIES_PAGE_SIZE = 20
export const ACTIVITY_MAX_CAPACITY = 10_000
export const ACTIVITY_MAX_POINTS = 1_000
export const ACTIVITY_MAX_MINUTES = 24 * 60
/** 协办单位: at most this many partner units co-organise one activity. */
export const ACTIVITY_CO_ORGANIZERS_MAX = 5
export const ACTIVITY_MINUTES_PHOTOS_MAX = 9
export const CHECKIN_CODE_SECONDS = 30
export const CHECKIN_WINDOW_MINUTES = 30

export const ACTIVITY_KINDS = [
  'volunteer',
  'themeDay',
  'branchMeeting',
  'committeeMeeting',
  'groupMeeting',
  'partyLesson',
  'orgLifeMeeting',
  'microLesson',
  'neighbourhood',
  'homeVisit',
] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  volunteer: '志愿服务',
  themeDay: '主题党日',
  branchMeeting: '支部党员大会',
  committeeMeeting: '支委会',
  groupMeeting: '党小组会',
  partyLesson: '党课',
  orgLifeMeeting: '组织生活会/民主评议',
  microLesson: '微党课',
  neighbourhood: '睦邻活动',
  homeVisit: '红色家访',
}

/** Kinds whose minutes and attendance count toward the branch's yearly record (三会一课 + 主题党日). */
export const MEETING_KINDS: readonly ActivityKind[] = [
  'branchMeeting',
  'committeeMeeting',
  'groupMeeting',
  'partyLesson',
  'themeDay',
  'orgLifeMeeting',
]

/** A 三会一课 list, minutes, topics: the limits of the register (core/activities/register.ts). */
export const MEETING_LEAVE_REASON_MAX = 200
export const MEETING_LIST_ITEMS_MAX = 20
export const MEETING_LIST_ITEM_LENGTH_MAX = 200
export const MEETING_CORRECTION_REASON_MAX = 200

export const SIGN_UP_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const
export type SignUpStatus = (typeof SIGN_UP_STATUSES)[number]

export const MY_ACTIVITY_TABS = ['upcoming', 'waitlisted', 'attended', 'cancelled'] as const
export type MyActivityTab = (typeof MY_ACTIVITY_TABS)[number]
