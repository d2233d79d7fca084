import type { MemberFields } from '../../../core/contract/members'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { canHoldMembers } from '../../../core/rules/org'
import { dualReportOf, memberSortKey, NEW_MEMBER_STATE } from '../../../core/rules/roster'
import { managesOrgPath, type Caller } from '../../_core/caller'
import { findById } from '../../_core/db'

/**
 * The org a member is placed in: must exist and be a branch or group (else COMMON.VALIDATION on the
 * field, as for any bad input), and lie in the caller's subtree (else COMMON.FORBIDDEN).
 */
export async function resolveMemberOrg(caller: Caller | null, orgId: string, field: string): Promise<Result<OrgDoc>> {
  const org = await findById<OrgDoc>('orgs', orgId)
  if (!org || !canHoldMembers(org.level)) return failure('COMMON.VALIDATION', `${field}：所在支部不存在`, field)
  if (caller && !managesOrgPath(caller, [...org.path, org._id])) return failure('COMMON.FORBIDDEN')
  return success(org)
}

/** The stored form of the editable fields (plus what follows from them: orgPath, dualReport, sortKey). */
export function memberWriteFields(id: string, fields: MemberFields, org: OrgDoc): Record<string, unknown> {
  return {
    name: fields.name,
    gender: fields.gender,
    birthYear: fields.birthYear,
    phone: fields.phone,
    category: fields.category,
    dualReport: dualReportOf(fields.category),
    elder: fields.elder,
    status: fields.status,
    orgId: org._id,
    orgPath: [...org.path, org._id],
    building: fields.building,
    unit: fields.unit,
    joinedPartyYear: fields.joinedPartyYear,
    sortKey: memberSortKey(fields.name, id),
  }
}

/**
 * A new roster entry: the editable fields plus the state every member starts in (unbound, not
 * archived, unpaired, version 1). `now` is db.serverDate() in functions, a Date in seeding/benchmarks.
 */
export function newMemberDoc(id: string, fields: MemberFields, org: OrgDoc, now: unknown): Record<string, unknown> {
  return {
    _id: id,
    ...memberWriteFields(id, fields, org),
    ...NEW_MEMBER_STATE,
    pairedElderIds: [],
    createdAt: now,
    updatedAt: now,
  } satisfies Partial<Record<keyof MemberDoc, unknown>>
}
