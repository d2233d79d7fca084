import { z } from 'zod'

/** Request fields several areas' contracts share (ids, cursors, days, idempotency keys, bounded text). */
export const idField = z.string().trim().min(1).max(64)
export const cursorField = z.string().min(1).max(200)
export const dayField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
export const requestIdField = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{6,64}$/, '请求编号格式不正确')
export const textField = (min: number, max: number, tooShort: string) => z.string().trim().min(min, tooShort).max(max, `最多 ${max} 个字`)
/** A keyset page of at most `max` items, `max` by default. */
export const pageFields = (max: number) => ({ cursor: cursorField.optional(), limit: z.number().int().min(1).max(max).default(max) })
