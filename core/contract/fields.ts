import { z } from 'zod'

/** Request fields several areas' contracts share (ids, cursors, days, idempotency keys, bounded text). */
export const idField = z.string().trim().min(1).max(64)
export const cursorField = z.string().min(1).max(200)
export const dayField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
/** An instant as ISO-8601 with its offset (clients send UTC). */
export const instantField = z.string().datetime({ offset: true, message: '时间格式不正确' })
/** The year of a record, a statistic or a 台账. */
export const yearField = z.number().int().min(2000).max(2100)
/** A client-chosen id for one attempt (retries reuse it): letters, digits, - and _. */
export const requestIdField = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{6,64}$/, '请求编号格式不正确')
/** Chosen by the client once per form: the new record's id, so a retried create makes it once. */
export const draftIdField = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, { message: '草稿编号不正确' })
/** Why a manager decided as they did (the person concerned sees it). */
export const reasonField = z.string().trim().min(1).max(200)
export const textField = (min: number, max: number, tooShort: string) => z.string().trim().min(min, tooShort).max(max, `最多 ${max} 个字`)
/** A keyset page of at most `max` items, `max` by default. */
export const pageFields = (max: number) => ({ cursor: cursorField.optional(), limit: z.number().int().min(1).max(max).default(max) })
/** A 结对 helper acting for their elder (a member or a resident; checked by _core/pairing): the elder's person id. */
export const forPersonFields = { forPersonId: idField.optional() }
/** A manager's verdict on what someone asked for; a rejection gives its reason (required by the handler). */
export const verdictFields = { decision: z.enum(['approve', 'reject']), reason: reasonField.optional() }

/** What a `pageFields` request answers: the items and, when there are more, the cursor of the next page. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}
