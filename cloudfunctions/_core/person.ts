import type { Caller } from './caller'

/**
 * The person an account, a sign-up or a study record belongs to: the caller's roster entry if they
 * are a bound member, else their resident registration. Null for visitors.
 */
export function personIdOf(caller: Caller): string | null {
  return caller.member?._id ?? caller.resident?._id ?? null
}
