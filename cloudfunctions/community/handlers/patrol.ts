import type { PatrolMemberDoc } from '../../../core/community/model'
import type { MemberDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { findAll } from '../../_core/db'
import { inTransaction } from '../../_core/transaction'

/** The admin marks (or unmarks: the entry stays, inactive) a roster member as one of 文明安全巡查队, who may file 安全隐患 findings. */
export const setPatrolMember: Handler<'community', 'setPatrolMember'> = async ({ data, caller }) =>
  inTransaction(async (work) => {
    const member = await work.get<MemberDoc>('members', data.memberId)
    if (!member || member.archived) return failure('COMMON.NOT_FOUND')
    const current = await work.get<PatrolMemberDoc>('patrolMembers', data.memberId)
    if ((current?.active ?? false) === data.patrol) return success({ memberId: member._id, patrol: data.patrol })
    const fields = { name: member.name, active: data.patrol, markedByOpenid: caller.openid, markedAt: new Date() }
    await work.put('patrolMembers', member._id, fields)
    work.audit(caller, 'community.setPatrolMember', member._id, { patrol: data.patrol })
    return success({ memberId: member._id, patrol: data.patrol })
  })

export const patrolMembers: Handler<'community', 'patrolMembers'> = async () => {
  const docs = await findAll<PatrolMemberDoc>('patrolMembers', { active: true })
  return success({ items: docs.map((doc) => ({ memberId: doc._id, name: doc.name })) })
}
