import type { Result } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import { personOrFail, type Person } from '../../_core/person'

/** The caller's own account holder. Visitors have none (router roles keep them out). */
export function callerPerson(caller: Caller): Result<Person> {
  return personOrFail(caller, 'POINTS.NO_ACCOUNT')
}
