import { failure, success, type Result } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import { personIdOf } from '../../_core/person'

/** The caller's own account holder: id and name. Visitors have none (router roles keep them out). */
export function callerPerson(caller: Caller): Result<{ id: string; name: string }> {
  const id = personIdOf(caller)
  const name = caller.member?.name ?? caller.resident?.name ?? ''
  return id ? success({ id, name }) : failure('POINTS.NO_ACCOUNT')
}

export function callerName(caller: Caller): string {
  return caller.member?.name ?? caller.resident?.name ?? '管理员'
}
