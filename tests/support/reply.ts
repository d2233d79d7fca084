import type { Reply } from '../../core/envelope'

/** The reply of every call, in every test: the contract's own envelope type. */
export type { Reply }

/** The data of an ok reply; a failure throws, naming the call (`what`, or its index in a `map`) and the code. */
export function dataOf<T>(reply: Reply<T>, what: string | number = 'call'): T {
  if (!reply.ok) throw new Error(`${what}: expected ok, got ${reply.error.code}: ${reply.error.message}`)
  return reply.data
}

/**
 * What a reply answered, as one comparable string: the error code of a failure, and 'ok' for a
 * success (so `expect(replies.map(codeOf)).toEqual(['ok', 'ACTIVITY.FULL'])` reads as the outcomes).
 */
export function codeOf(reply: Reply<unknown>): string {
  return reply.ok ? 'ok' : reply.error.code
}

/**
 * A payload the contract does not allow, sent on purpose (a wrong type, an unknown field, a value out
 * of range) to see the function refuse it: the typed caller accepts it only through here.
 */
export function unchecked<T = never>(data: unknown): T {
  return data as T
}
