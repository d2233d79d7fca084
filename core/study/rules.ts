/**
 * Study time rules. Time is kept in whole minutes; 学时 are derived: **1 学时 = 45 minutes** (one
 * class period, as Party schools count it). The annual target is 32 学时 for members and 56 for
 * branch secretaries and the committee (the table in targets.ts).
 */
import { studyTargetOf } from './targets'

export const MINUTES_PER_STUDY_HOUR = 45

/** At most this many minutes of one material count per person per Beijing day (a page left open does not). */
export const DAILY_CAP_MINUTES_PER_MATERIAL = 60
/** One recorded interval can be at most this long (longer: the client lost track; it is rejected). */
export const INTERVAL_MAX_MINUTES = 180

export const STUDY_TOPICS = ['党章党规', '二十大精神', '党史学习', '政策法规', '身边榜样'] as const
export type StudyTopic = (typeof STUDY_TOPICS)[number]

export const MATERIAL_KINDS = ['article', 'audio', 'pdf'] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]
export const MATERIAL_KIND_LABELS: Record<MaterialKind, string> = { article: '文章', audio: '音频', pdf: 'PDF' }

export const DELIVERY_METHODS = ['visit', 'phone', 'remote'] as const
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number]
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = { visit: '上门送学', phone: '电话送学', remote: '远程学习' }

/** Whole minutes of an interval (rounded down); 0 when it is empty or reversed. */
export function intervalMinutes(startedAt: Date, endedAt: Date): number {
  return Math.max(0, Math.floor((endedAt.getTime() - startedAt.getTime()) / 60_000))
}

/** How many of `requested` minutes still count today, given what already counted for this material. */
export function creditableMinutes(requested: number, alreadyToday: number, cap = DAILY_CAP_MINUTES_PER_MATERIAL): number {
  return Math.max(0, Math.min(requested, cap - alreadyToday))
}

/** 学时 with one decimal, rounded down (never shows more than was studied). */
export function studyHours(minutes: number): number {
  return Math.floor((minutes * 10) / MINUTES_PER_STUDY_HOUR) / 10
}

/** The annual target of a person of this role (the table in core/study/targets.ts). */
export function annualTargetHours(role: string): number {
  return studyTargetOf(role).hours
}

/** Study record id: material + person + Beijing day + session, so the same interval twice counts once. */
export function studyRecordId(materialId: string, personId: string, day: string, sessionId: string): string {
  return `${materialId}:${personId}:${day}:${sessionId}`
}

/** Per-day counter behind the cap. */
export function studyDayId(personId: string, materialId: string, day: string): string {
  return `${personId}:${materialId}:${day}`
}

export function studyTotalId(personId: string, year: number): string {
  return `${personId}:${year}`
}

export function studyProgressId(personId: string, materialId: string): string {
  return `${personId}:${materialId}`
}

/** One delivery per elder, material and day: a retried submit records it once. */
export function deliveryId(elderId: string, materialId: string, day: string): string {
  return `dl:${elderId}:${materialId}:${day}`
}
