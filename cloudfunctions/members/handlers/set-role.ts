import type { MemberDoc, OrgDoc, UserDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import { canHaveSecretary } from '../../../core/rules/org'
import { writeAudit } from '../../_core/audit'
import type { Handler } from '../../_core/create-function'
import { findById, serverDate, updateWhere } from '../../_core/db'
import { linkUser } from '../lib/users'
import { toOrgRef } from '../lib/views'

/**
 * The admin grants or removes the secretary role of a branch (or general branch) for a bound member.
 * Removal only undoes that very grant (role secretary of that org). Admin accounts are never changed
 * here, so the committee cannot lock itself out.
 */
export const setRole: Handler<'members', 'setRole'> = async ({ data, caller }) => {
  const [member, org] = await Promise.all([findById<MemberDoc>('members', data.memberId), findById<OrgDoc>('orgs', data.orgId)])
  if (!member || member.archived) return failure('COMMON.NOT_FOUND')
  if (!org) return failure('ORG.NOT_FOUND')
  if (!canHaveSecretary(org.level)) return failure('ORG.NOT_A_BRANCH')
  if (!member.openid) return failure('MEMBER.NOT_BOUND')
  const openid = member.openid
  await linkUser(openid, { memberId: member._id })
  const user = await findById<UserDoc>('users', openid)
  if (user?.role === 'admin') return failure('MEMBER.ADMIN_ROLE')

  if (data.grant) {
    await updateWhere('users', { _id: openid }, { role: 'secretary', scopeOrgId: org._id, memberId: member._id, updatedAt: serverDate() })
  } else {
    await updateWhere(
      'users',
      { _id: openid, role: 'secretary', scopeOrgId: org._id },
      { role: 'member', scopeOrgId: null, updatedAt: serverDate() },
    )
  }
  await writeAudit(caller, data.grant ? 'members.grantSecretary' : 'members.revokeSecretary', member._id, { orgId: org._id })
  const after = await findById<UserDoc>('users', openid)
  const scope = after?.scopeOrgId ? await findById<OrgDoc>('orgs', after.scopeOrgId) : null
  return success({ memberId: member._id, openid, role: after?.role ?? 'member', scope: scope ? toOrgRef(scope) : null })
}
