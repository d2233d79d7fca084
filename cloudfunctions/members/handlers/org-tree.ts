import type { OrgNode } from '../../../core/contract/members'
import type { MemberDoc, UserDoc } from '../../../core/model'
import { success } from '../../../core/result'
import { sortTree } from '../../../core/rules/org'
import type { Handler } from '../../_core/create-function'
import { command, findMany } from '../../_core/db'
import { scopeRootId, subtreeOrgs } from '../lib/scope'
import { toOrgNode } from '../lib/views'

/** The caller's subtree of the org tree, parents first, with each node's secretaries. */
export const orgTree: Handler<'members', 'orgTree'> = async ({ caller }) => {
  const rootId = scopeRootId(caller)
  const orgs = await subtreeOrgs(rootId)
  const secretaries = await secretariesOf(orgs.map((org) => org._id))
  return success({ nodes: sortTree(orgs, rootId).map((org) => toOrgNode(org, secretaries.get(org._id) ?? [])), rootId })
}

async function secretariesOf(orgIds: string[]): Promise<Map<string, OrgNode['secretaries']>> {
  const users = await findMany<UserDoc>('users', { role: 'secretary', scopeOrgId: command().in(orgIds) }, { limit: 1000 })
  const memberIds = users.map((user) => user.memberId).filter((id): id is string => Boolean(id))
  const members = memberIds.length
    ? await findMany<MemberDoc>('members', { _id: command().in(memberIds) }, { limit: memberIds.length, fields: { name: true } })
    : []
  const nameOf = new Map(members.map((member) => [member._id, member.name]))
  const byOrg = new Map<string, OrgNode['secretaries']>()
  for (const user of users) {
    const list = byOrg.get(user.scopeOrgId!) ?? []
    list.push({ memberId: user.memberId, name: (user.memberId && nameOf.get(user.memberId)) || '（未绑定党员）', openid: user._id })
    byOrg.set(user.scopeOrgId!, list)
  }
  return byOrg
}
