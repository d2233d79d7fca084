import { buildDemoCommunity, DEMO_IDENTITIES } from '../../server/seed/community'

const community = buildDemoCommunity(new Date('2026-11-01T00:00:00Z'))

describe('demo community', () => {
  it('is a committee with a general branch, at least three branches and building groups', () => {
    const levels = community.orgs.map((org) => org.level)
    expect(levels.filter((l) => l === 'committee')).toHaveLength(1)
    expect(levels.filter((l) => l === 'generalBranch').length).toBeGreaterThanOrEqual(1)
    expect(levels.filter((l) => l === 'branch').length).toBeGreaterThanOrEqual(3)
    const groups = community.orgs.filter((org) => org.level === 'group')
    expect(groups.every((group) => group.buildings.length > 0)).toBe(true)
  })

  it('has about 120 members, mostly retired, about a quarter elderly, with every category present', () => {
    const { members } = community
    expect(members.length).toBeGreaterThanOrEqual(110)
    expect(members.length).toBeLessThanOrEqual(130)
    const share = (f: (m: (typeof members)[number]) => boolean) => members.filter(f).length / members.length
    expect(share((m) => m.category === 'retired')).toBeGreaterThan(0.5)
    expect(share((m) => m.elder)).toBeGreaterThan(0.15)
    expect(share((m) => m.elder)).toBeLessThan(0.35)
    for (const category of ['retired', 'employed', 'floating', 'abroad'] as const) {
      expect(members.some((m) => m.category === category)).toBe(true)
    }
  })

  it('has about 200 residents and unique ids and phones', () => {
    expect(community.residents.length).toBe(200)
    const ids = [...community.members, ...community.residents].map((p) => p._id)
    expect(new Set(ids).size).toBe(ids.length)
    const phones = [...community.members, ...community.residents].map((p) => p.phone)
    expect(new Set(phones).size).toBe(phones.length)
  })

  it('keeps each member’s orgPath equal to their org’s path plus the org', () => {
    const byId = new Map(community.orgs.map((org) => [org._id, org]))
    for (const member of community.members) {
      const org = byId.get(member.orgId)!
      expect(member.orgPath).toEqual([...org.path, org._id])
    }
  })

  it('gives every demo identity an account', () => {
    const accounts = new Set(community.users.map((u) => u._id))
    for (const identity of DEMO_IDENTITIES) expect(accounts.has(identity.openid)).toBe(true)
  })

  it('is the same on every run', () => {
    expect(buildDemoCommunity(new Date('2026-11-01T00:00:00Z'))).toEqual(community)
  })
})
