import type { MemberFields, MemberResponse } from '../../../core/contract/members'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { canMarkLostContact } from '../../../core/rules/contact'
import { changedMemberFields, newMemberId } from '../../../core/rules/roster'
import { writeAudit } from '../../_core/audit'
import type { Caller } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { command, findById, insert, serverDate, updateWhere } from '../../_core/db'
import { duplicateKeyField, isDuplicateKeyError } from '../../_core/db-errors'
import { resolvePlace } from '../lib/buildings'
import { memberWriteFields, newMemberDoc, resolveMemberOrg } from '../lib/member-write'
import { loadMemberInScope } from '../lib/scope'
import { toDetail } from '../lib/views'

/**
 * Add or edit a roster entry.
 * - Add: `_id` derives from the phone (unique in the roster), so a retried add returns the same member
 *   and a different member with that phone is MEMBER.PHONE_TAKEN.
 * - Edit: must carry the `version` it read; the update is conditional on it (`where({ _id, version })`),
 *   so a stale edit is COMMON.CONFLICT, never a silent overwrite. Moving to another branch rewrites
 *   orgId and orgPath; both old and new place must be in the caller's subtree.
 */
export const upsert: Handler<'members', 'upsert'> = async ({ data: request, caller }) => {
  const org = await resolveMemberOrg(caller, request.fields.orgId, 'fields.orgId')
  if (!org.ok) return org
  const place = await resolvePlace(request.fields, 'fields.')
  if (!place.ok) return place
  const data = { ...request, fields: { ...request.fields, ...place.value } }
  if (data.memberId === undefined) return create(data.fields, org.value, caller)

  if (data.version === undefined) return failure('COMMON.VALIDATION', 'version：修改时必须提供读取时的版本号', 'version')
  const current = await loadMemberInScope(caller, data.memberId)
  if (!current.ok) return current
  const member = current.value
  if (
    data.fields.status === 'lostContact' &&
    member.status !== 'lostContact' &&
    !canMarkLostContact(member.lastContactAt, member.createdAt, new Date())
  ) {
    return failure('MEMBER.RECENT_CONTACT')
  }
  const changed = changedMemberFields(member, { ...data.fields, orgId: org.value._id })
  let updated: number
  try {
    updated = await updateWhere(
      'members',
      { _id: member._id, version: data.version },
      { ...memberWriteFields(member._id, data.fields, org.value), version: command().inc(1), updatedAt: serverDate() },
    )
  } catch (error) {
    if (isDuplicateKeyError(error) && duplicateKeyField(error) === 'phone') return failure('MEMBER.PHONE_TAKEN')
    throw error
  }
  if (!updated) return failure('COMMON.CONFLICT')
  await writeAudit(caller, 'members.upsert', member._id, { kind: 'edit', fields: changed })
  const stored = await findById<MemberDoc>('members', member._id)
  return success({ member: await toDetail(stored!, true) })
}

async function create(fields: MemberFields, org: OrgDoc, caller: Caller): Promise<Result<MemberResponse>> {
  const id = newMemberId(fields.phone)
  try {
    await insert('members', newMemberDoc(id, fields, org, serverDate()))
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    // The same add retried: answer with the member it made. Anything else owns this phone already.
    const existing = await findById<MemberDoc>('members', id)
    const same = existing && existing.phone === fields.phone && changedMemberFields(existing, { ...fields, orgId: org._id }).length === 0
    if (!same) return failure('MEMBER.PHONE_TAKEN')
    return success({ member: await toDetail(existing, true) })
  }
  await writeAudit(caller, 'members.upsert', id, { kind: 'create' })
  const stored = await findById<MemberDoc>('members', id)
  return success({ member: await toDetail(stored!, true) })
}
