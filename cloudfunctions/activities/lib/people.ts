import { audienceKeysOf } from '../../../core/notices/audience'
import type { MemberDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import { findById } from '../../_core/db'

/** Someone who signs up: their id, name and what the audience rules need. */
export interface Participant {
  id: string
  name: string
  kind: 'member' | 'resident'
  orgPath: string[]
  /** Audience keys (core/notices/audience): who they are for an activity's audience. */
  keys: string[]
}

export function participantOfMember(member: MemberDoc): Participant {
  return {
    id: member._id,
    name: member.name,
    kind: 'member',
    orgPath: member.orgPath,
    keys: audienceKeysOf({ memberOrgPath: member.orgPath, building: member.building || null }),
  }
}

/** The caller as a participant (a bound member, else their resident registration), or null (visitor). */
export function callerParticipant(caller: Caller): Participant | null {
  if (caller.member) return participantOfMember(caller.member)
  const resident = caller.resident
  if (!resident) return null
  return {
    id: resident._id,
    name: resident.name,
    kind: 'resident',
    orgPath: [],
    keys: audienceKeysOf({ memberOrgPath: null, building: resident.building || null }),
  }
}

/** Audience keys of a caller who may not be a participant (a visitor: `all` only). */
export function callerKeys(caller: Caller): string[] {
  return callerParticipant(caller)?.keys ?? audienceKeysOf({ memberOrgPath: null, building: null })
}

/**
 * Whom a sign-up or cancellation is for: the caller, or (with `forMemberId`) a paired elder. A helper
 * acts for an elder only when both links hold: the elder is in the caller's pairedElderIds and the
 * elder's helperId is the caller's member id.
 */
export async function targetOf(
  caller: Caller,
  forMemberId: string | undefined,
): Promise<Result<{ person: Participant; actedBy: { id: string; name: string } | null }>> {
  const self = callerParticipant(caller)
  if (!self) return failure('ACTIVITY.NOT_YOUR_ELDER')
  if (!forMemberId || forMemberId === self.id) return success({ person: self, actedBy: null })
  const helper = caller.member
  if (!helper || !helper.pairedElderIds.includes(forMemberId)) return failure('ACTIVITY.NOT_YOUR_ELDER')
  const elder = await findById<MemberDoc>('members', forMemberId)
  if (!elder || elder.archived || elder.helperId !== helper._id) return failure('ACTIVITY.NOT_YOUR_ELDER')
  return success({ person: participantOfMember(elder), actedBy: { id: helper._id, name: helper.name } })
}

export function callerName(caller: Caller): string {
  return caller.member?.name ?? caller.resident?.name ?? '管理员'
}
