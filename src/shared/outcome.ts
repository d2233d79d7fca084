import type { Reply } from '@core/envelope'
import { networkFailure } from '../services/call'

/**
 * What every hook that writes answers: the server's own reply shape, `{ ok: true, data }` or
 * `{ ok: false, error }`, so a screen reads one shape whichever hook it called. `data` is what the
 * screen needs next (a new id, how many were notified), not necessarily the whole reply.
 */
export type Outcome<T = null> = Reply<T>

/** A load or write that throws (a broken transport, a mocked service) is a failed reply, never an unhandled rejection. */
export async function settle<T>(send: () => Promise<Reply<T>>): Promise<Reply<T>> {
  try {
    return await send()
  } catch {
    return networkFailure()
  }
}

/**
 * Runs `next` on the data of a successful reply (update the screen, reload a list) and answers with
 * what it returns; a refusal passes through untouched.
 */
export async function afterOk<T, R>(reply: Reply<T>, next: (data: T) => R | Promise<R>): Promise<Outcome<R>> {
  if (!reply.ok) return reply
  return { ok: true, data: await next(reply.data) }
}

/**
 * Worth sending again, with the same idempotency key: the request may not have arrived (network,
 * COMMON.INTERNAL), or it met too many concurrent changes and wrote nothing (COMMON.BUSY).
 */
export function isRetryable(reply: Reply<unknown>): boolean {
  return !reply.ok && (reply.error.code === 'COMMON.INTERNAL' || reply.error.code === 'COMMON.BUSY')
}
