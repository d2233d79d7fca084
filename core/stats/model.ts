/**
 * monthStats: the numbers of one org (the committee or a branch) in one Beijing month, computed from
 * that month's own documents and stored, so the dashboard reads a fixed number of documents
 * (months × orgs) however many years of history there are. `_id` = `<orgId>:<YYYY-MM>`.
 *
 * Written only by the stats function: the daily timer recomputes the current month (and the month
 * before, for late confirmations and minutes), and `refreshStats` recomputes any months asked for
 * (the rebuild and reconcile path). Every field is a plain number derived from the sources, so a
 * recomputation always lands on the same values (no increments to lose or double).
 */
export interface MonthStatDoc {
  _id: string
  orgId: string
  month: string
  year: number
  /** Active members of the org when computed. */
  members: number
  /** Activities of the org's subtree (the committee: all) that started in the month and were not cancelled. */
  activities: number
  /** Confirmed sign-ups of those activities, by people of the org (the committee: everyone, residents too). */
  signUps: number
  /** Of those, attended; distinct people who attended at least one. */
  attended: number
  participants: number
  /** Service minutes credited for attendance (志愿时长). */
  volunteerMinutes: number
  /** 道德银行: points earned by the org's people (credits, deeds, adjustments) and spent on rewards net of refunds. */
  pointsIssued: number
  pointsRedeemed: number
  /** Points held by the org's people when computed (for a past month: as of its last computation). */
  openBalance: number
  /** 学时: minutes credited in the month, of them self and 送学. */
  studyMinutes: number
  studySelfMinutes: number
  studyDeliveryMinutes: number
  /** Year to date when computed: minutes, what the targets add up to, and members below target. */
  studyYearMinutes: number
  studyTargetMinutes: number
  studyBelowTarget: number
  /** Notices published in the month that reach the org's members: how many, members reached, reads by them. */
  notices: number
  noticeExpected: number
  noticeRead: number
  /** 三会一课/主题党日: rule periods ending in the month (core/activities/org-life.ts) and how many were held. */
  meetingsRequired: number
  meetingsHeld: number
  computedAt: Date
}

export type MonthStatNumbers = Omit<MonthStatDoc, '_id' | 'orgId' | 'month' | 'year' | 'computedAt'>

export const MONTH_STAT_FIELDS: readonly (keyof MonthStatNumbers)[] = [
  'members',
  'activities',
  'signUps',
  'attended',
  'participants',
  'volunteerMinutes',
  'pointsIssued',
  'pointsRedeemed',
  'openBalance',
  'studyMinutes',
  'studySelfMinutes',
  'studyDeliveryMinutes',
  'studyYearMinutes',
  'studyTargetMinutes',
  'studyBelowTarget',
  'notices',
  'noticeExpected',
  'noticeRead',
  'meetingsRequired',
  'meetingsHeld',
]

export function monthStatId(orgId: string, month: string): string {
  return `${orgId}:${month}`
}

export function emptyNumbers(): MonthStatNumbers {
  return Object.fromEntries(MONTH_STAT_FIELDS.map((field) => [field, 0])) as unknown as MonthStatNumbers
}

/** The fields whose stored value differs from a recomputation (the reconcile report). */
export function differingFields(stored: MonthStatNumbers | null, computed: MonthStatNumbers): Array<keyof MonthStatNumbers> {
  if (!stored) return [...MONTH_STAT_FIELDS]
  return MONTH_STAT_FIELDS.filter((field) => (stored[field] ?? 0) !== computed[field])
}
