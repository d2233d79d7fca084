import type { MemberDoc } from '../../../core/model'
import { newMemberId } from '../../../core/rules/roster'
import type { DemoCommunity } from '../../../server/seed/community'
import { createRandom } from '../../../server/seed/random'
import { syntheticMemberFields } from './synthetic-members'

/**
 * The demo community's members plus made-up ones (synthetic-members.ts) up to `total` active members,
 * spread over the Party groups (30 % elders), written as the members function writes a new entry.
 * Imported after the bench has pointed the functions at its env (the member writer is loaded on call).
 */
export async function filledRoster(community: DemoCommunity, total: number, seed: number, now = new Date()): Promise<MemberDoc[]> {
  const { newMemberDoc } = await import('../../../cloudfunctions/members/lib/member-write')
  const orgById = new Map(community.orgs.map((org) => [org._id, org]))
  const groups = community.orgs.filter((org) => org.level === 'group')
  const random = createRandom(seed)
  const active = community.members.filter((m) => !m.archived).length
  const extra = Array.from({ length: Math.max(0, total - active) }, (_, i) => {
    const fields = syntheticMemberFields(random, i, '136', groups, 0.3)
    return newMemberDoc(newMemberId(fields.phone), fields, orgById.get(fields.orgId)!, now) as unknown as MemberDoc
  })
  return [...community.members, ...extra]
}
