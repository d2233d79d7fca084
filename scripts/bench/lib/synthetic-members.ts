import type { OrgDoc } from '../../../core/model'
import { personName } from '../../../server/seed/names'
import type { createRandom } from '../../../server/seed/random'

type Random = ReturnType<typeof createRandom>

/**
 * The roster fields of the `i`-th made-up member of a benchmark community: a unique phone under
 * `phonePrefix`, placed in `orgs[i % orgs.length]` (a group; its first building), retired, with
 * `elderShare` of them flagged 长辈 (born 1930–1945). Deterministic for a seeded `random`.
 */
export function syntheticMemberFields(random: Random, i: number, phonePrefix: string, orgs: OrgDoc[], elderShare: number) {
  const org = orgs[i % orgs.length]
  const elder = random.chance(elderShare)
  return {
    name: personName(random, elder),
    gender: random.chance(0.55) ? ('female' as const) : ('male' as const),
    birthYear: elder ? random.int(1930, 1945) : random.int(1946, 1995),
    phone: `${phonePrefix}${String(i).padStart(8, '0')}`,
    category: 'retired' as const,
    elder,
    status: 'normal' as const,
    orgId: org._id,
    building: org.buildings?.[0] ?? '',
    unit: `${random.int(1, 3)}单元`,
    joinedPartyYear: random.int(1960, 2015),
  }
}
