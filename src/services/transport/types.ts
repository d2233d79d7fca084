import type { Reply } from '@core/envelope'

/**
 * Sends `{ action, data }` to one cloud function and resolves with its envelope. Never rejects:
 * a network or platform failure comes back as `{ ok: false, error: { code: 'COMMON.INTERNAL' } }`.
 */
export type CallFunction = (fn: string, action: string, data: unknown) => Promise<Reply<unknown>>
