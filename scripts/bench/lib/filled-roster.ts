import type { MemberDoc } from '../../../core/model'
import { newMemberId } from '../../../core/rules/roster'
import type { DemoCommunity } from '../../../server/seed/community'
import { personName } from '../../../server/seed/names'
import { createRandom } from '../../../server/seed/random'

/**
 * The demo community's members plus generated ones up to `total` active members, spread over the
 * Party groups (30 % elders), written as the members function writes a new entry. Imported after the
 * bench has pointed the functions at its env (the member writer's module is loaded here, on call).
 */
export async function filledRoster(community: DemoCommunity, total: number, seed: number, now = new Date()): Promise<MemberDoc[]> {
  const { newMemberDoc } = await import('../../../cloudfunctions/members/lib/member-write')
  const orgById = new Map(community.orgs.map((org) => [org._id, org]))
  const groups = community.orgs.filter((org) => org.level === 'group')
  const random = createRandom(seed)
  const active = community.members.filter((m) => !m.archived).length
  const extra = Array.from({ length: Math.max(0, total - active) }, (_, i) => {
    const phone = `136${String(i).padStart(8, '0')}`
    const org = groups[i % groups.length]
    const elder = random.chance(0.3)
    const fields = {
      name: personName(random, elder),
      gender: random.chance(0.55) ? ('female' as const) : ('male' as const),
      birthYear: elder ? random.int(1930, 1945) : random.int(1946, 1995),
      phone,
      category: 'retired' as const,
      elder,
      status: 'normal' as const,
      orgId: org._id,
      building: org.buildings?.[0] ?? '',
      unit: `${random.int(1, 3)}单元`,
      joinedPartyYear: random.int(1960, 2015),
    }
    return newMemberDoc(newMemberId(phone), fields, orgById.get(org._id)!, now) as unknown as MemberDoc
  })
  return [...community.members, ...extra]
}
