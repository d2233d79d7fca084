import type { MemberCategory, MemberStatus } from '@core/roles'

/**
 * The roster's Chinese words. The same words as core/rules/roster-import.ts (the Excel columns), kept
 * here because that module pulls the request schemas (zod) into the bundle.
 */
export const CATEGORY_LABELS: Record<MemberCategory, string> = { retired: '离退休', employed: '在职', floating: '流动', abroad: '出国' }
export const STATUS_LABELS: Record<MemberStatus, string> = { normal: '正常', lostContact: '失联', pocket: '口袋' }
export const GENDER_LABELS: Record<'male' | 'female', string> = { male: '男', female: '女' }
export const PHONE_PATTERN = /^1\d{10}$/
