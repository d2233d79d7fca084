import type { MemberDoc, ResidentDoc } from '../../core/model'
import { audienceKeysOf } from '../../core/notices/audience'
import type { ErrorCode } from '../../core/errors'
import { failure, success, type Result } from '../../core/result'
import { ROLE_LABELS } from '../../core/roles'
import type { Caller } from './caller'

/**
 * The person an account, a sign-up, a read receipt or a study record belongs to: the caller's bound
 * roster entry if they have one, else their resident registration. Visitors are no person.
 */
export interface Person {
  id: string
  kind: 'member' | 'resident'
  name: string
  /** A member's org path (every ancestor plus their own org); empty for a resident. */
  orgPath: string[]
  /** Where they live ('' when unknown): the member's own entry, else their registration. */
  building: string
  /** Audience keys (core/notices/audience): whom notices and activities meant for them reach. */
  keys: string[]
  /** Hidden from public rankings (their own choice under 我的). */
  rankingOptOut: boolean
}

export function memberAsPerson(member: MemberDoc, resident: ResidentDoc | null = null): Person {
  const building = member.building || resident?.building || ''
  return {
    id: member._id,
    kind: 'member',
    name: member.name,
    orgPath: member.orgPath,
    building,
    keys: audienceKeysOf({ memberOrgPath: member.orgPath, building: building || null }),
    rankingOptOut: member.rankingOptOut ?? false,
  }
}

export function personOf(caller: Caller): Person | null {
  if (caller.member) return memberAsPerson(caller.member, caller.resident)
  return caller.resident ? residentAsPerson(caller.resident) : null
}

/** A registered resident (not a member) as a person. */
export function residentAsPerson(resident: ResidentDoc): Person {
  return {
    id: resident._id,
    kind: 'resident',
    name: resident.name,
    orgPath: [],
    building: resident.building || '',
    keys: audienceKeysOf({ memberOrgPath: null, building: resident.building || null }),
    rankingOptOut: resident.rankingOptOut ?? false,
  }
}

/** The caller as a person, or `code` for a visitor (the action needs someone's own account). */
export function personOrFail(caller: Caller, code: ErrorCode): Result<Person> {
  const person = personOf(caller)
  return person ? success(person) : failure(code)
}

/** Audience keys of any caller: a visitor belongs to `all` only. */
export function audienceKeysOfCaller(caller: Caller): string[] {
  return personOf(caller)?.keys ?? audienceKeysOf({ memberOrgPath: null, building: null })
}

/** The name an organiser, author or reviewer is shown by: their own, else their office (社区党委). */
export function actorName(caller: Caller): string {
  return personOf(caller)?.name ?? ROLE_LABELS[caller.role]
}
