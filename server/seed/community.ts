import type { BuildingDoc, MemberDoc, OrgDoc, ResidentDoc, UserDoc } from '../../core/model'
import type { MemberCategory, MemberStatus, OrgLevel } from '../../core/roles'
import { memberSortKey, NEW_MEMBER_STATE } from '../../core/rules/roster'
import { demoPhone, personName } from './names'
import { createRandom } from './random'
import { registeredResident, userDoc, type UserLink } from './sign-ups'

/**
 * The demo community, modelled on the seeds: 滨湖世纪社区党委 with 琼临网格党总支 (three residential
 * branches, one Party group per pair of buildings) and a branch of employed (双报到) members reporting
 * directly to the committee. About 120 members, mostly retired, about a quarter elderly; about 200
 * registered residents. Fixed demo identities cover every role.
 */
export interface DemoIdentity {
  openid: string
  note: string
}

/** The fixed demo people by what they are for (local sign-in, seeds and tests all name them so). */
export const DEMO_OPENIDS = {
  admin: 'demo-admin',
  secretary: 'demo-secretary',
  otherSecretary: 'demo-secretary-2',
  member: 'demo-member',
  elder: 'demo-elder',
  resident: 'demo-resident',
} as const

export type DemoName = keyof typeof DEMO_OPENIDS

export const DEMO_IDENTITIES: DemoIdentity[] = [
  { openid: DEMO_OPENIDS.admin, note: '社区党委书记，管理全社区' },
  { openid: DEMO_OPENIDS.secretary, note: '第一党支部书记，管理本支部' },
  { openid: DEMO_OPENIDS.otherSecretary, note: '第二党支部书记（用于核对跨支部权限）' },
  { openid: DEMO_OPENIDS.member, note: '在职党员，结对帮扶两位高龄党员；琼林苑志愿服务队队长' },
  { openid: DEMO_OPENIDS.elder, note: '高龄党员，使用长辈模式' },
  { openid: DEMO_OPENIDS.resident, note: '登记居民，参加活动、攒道德银行积分' },
  // Small scopes of the care network (server/seed/care.ts grants them): bound members of the random roster.
  { openid: 'wx-m-0008', note: '网格员，负责琼林苑1栋、2栋（关爱网络）' },
  { openid: 'wx-m-0009', note: '琼林苑3-4栋党小组长（关爱网络）' },
  { openid: 'wx-m-0007', note: '党建联络员，联系第一党支部（只读）' },
]

export interface DemoCommunity {
  orgs: OrgDoc[]
  /** The committee's list of buildings: every group's, each with units 1–3. */
  buildings: BuildingDoc[]
  members: MemberDoc[]
  residents: ResidentDoc[]
  users: UserDoc[]
}

interface BranchPlan {
  id: string
  name: string
  parentId: string
  estate: string
  buildings: number
  members: number
  employedShare: number
}

const COMMITTEE_ID = 'org-committee'
const GENERAL_BRANCH_ID = 'org-gb-qionglin'

const BRANCHES: BranchPlan[] = [
  {
    id: 'org-b1',
    name: '第一党支部（琼林苑）',
    parentId: GENERAL_BRANCH_ID,
    estate: '琼林苑',
    buildings: 6,
    members: 34,
    employedShare: 0.1,
  },
  {
    id: 'org-b2',
    name: '第二党支部（临滨苑）',
    parentId: GENERAL_BRANCH_ID,
    estate: '临滨苑',
    buildings: 6,
    members: 32,
    employedShare: 0.1,
  },
  {
    id: 'org-b3',
    name: '第三党支部（福徽苑）',
    parentId: GENERAL_BRANCH_ID,
    estate: '福徽苑',
    buildings: 4,
    members: 30,
    employedShare: 0.1,
  },
  { id: 'org-b4', name: '第四党支部（在职党员）', parentId: COMMITTEE_ID, estate: '琼林苑', buildings: 2, members: 24, employedShare: 0.8 },
]

export function buildDemoCommunity(now = new Date()): DemoCommunity {
  const random = createRandom(20261121)
  const orgs: OrgDoc[] = []
  const members: MemberDoc[] = []
  const residents: ResidentDoc[] = []
  const users: UserDoc[] = []

  const addOrg = (id: string, name: string, level: OrgLevel, parent: OrgDoc | null, buildings: string[] = []): OrgDoc => {
    const org: OrgDoc = {
      _id: id,
      name,
      level,
      parentId: parent?._id ?? null,
      path: parent ? [...parent.path, parent._id] : [],
      buildings,
      sort: orgs.length,
      createdAt: now,
      updatedAt: now,
    }
    orgs.push(org)
    return org
  }

  const committee = addOrg(COMMITTEE_ID, '滨湖世纪社区党委', 'committee', null)
  const generalBranch = addOrg(GENERAL_BRANCH_ID, '琼临网格党总支', 'generalBranch', committee)

  let phoneIndex = 1
  const addMember = (fields: Partial<MemberDoc> & { orgId: string; building: string }): MemberDoc => {
    const org = orgs.find((o) => o._id === fields.orgId)!
    const elder = fields.elder ?? false
    const category: MemberCategory = fields.category ?? 'retired'
    const id = fields._id ?? `m-${String(members.length + 1).padStart(4, '0')}`
    const name = fields.name ?? personName(random, category === 'retired')
    const member: MemberDoc = {
      _id: id,
      name,
      gender: fields.gender ?? (random.chance(0.55) ? 'female' : 'male'),
      birthYear:
        fields.birthYear ?? (elder ? random.int(1928, 1945) : category === 'retired' ? random.int(1946, 1964) : random.int(1970, 1998)),
      phone: fields.phone ?? demoPhone(phoneIndex++),
      category,
      dualReport: category === 'employed',
      elder,
      status: fields.status ?? 'normal',
      orgId: org._id,
      orgPath: [...org.path, org._id],
      building: fields.building,
      unit: fields.unit ?? `${random.int(1, 3)}单元`,
      joinedPartyYear: fields.joinedPartyYear ?? random.int(1955, 2015),
      ...NEW_MEMBER_STATE,
      pairedElderIds: [],
      openid: fields.openid ?? null,
      sortKey: memberSortKey(name, id),
      createdAt: now,
      updatedAt: now,
    }
    members.push(member)
    return member
  }

  const addUser = (openid: string, role: UserDoc['role'], link: UserLink) => {
    users.push(userDoc(openid, role, link, now))
  }

  // Branches and their building groups.
  const groupsByBranch = new Map<string, OrgDoc[]>()
  for (const plan of BRANCHES) {
    const branch = addOrg(plan.id, plan.name, 'branch', plan.id === 'org-b4' ? committee : generalBranch)
    const groups: OrgDoc[] = []
    for (let b = 1; b <= plan.buildings; b += 2) {
      const buildings = [`${plan.estate}${b}栋`, `${plan.estate}${b + 1}栋`]
      const groupName = plan.employedShare > 0.5 ? `在职党员第${groups.length + 1}党小组` : `${plan.estate}${b}-${b + 1}栋党小组`
      groups.push(addOrg(`${plan.id}-g${groups.length + 1}`, groupName, 'group', branch, buildings))
    }
    groupsByBranch.set(plan.id, groups)
  }

  // Fixed demo people first, in this order, so their ids (and the random roster after them) are stable.
  const demoMembers: Array<{
    name: DemoName
    role: UserDoc['role']
    scopeOrgId?: string
    fields: Partial<MemberDoc> & { orgId: string; building: string }
  }> = [
    {
      name: 'admin',
      role: 'admin',
      scopeOrgId: COMMITTEE_ID,
      fields: {
        _id: 'm-admin',
        name: '王建华',
        gender: 'male',
        birthYear: 1972,
        category: 'employed',
        orgId: 'org-b1-g1',
        building: '琼林苑1栋',
        unit: '1单元',
      },
    },
    {
      name: 'secretary',
      role: 'secretary',
      scopeOrgId: 'org-b1',
      fields: {
        _id: 'm-secretary',
        name: '刘秀英',
        gender: 'female',
        birthYear: 1956,
        orgId: 'org-b1-g2',
        building: '琼林苑3栋',
        unit: '2单元',
      },
    },
    {
      name: 'otherSecretary',
      role: 'secretary',
      scopeOrgId: 'org-b2',
      fields: {
        _id: 'm-secretary-2',
        name: '陈德明',
        gender: 'male',
        birthYear: 1954,
        orgId: 'org-b2-g1',
        building: '临滨苑2栋',
        unit: '1单元',
      },
    },
    {
      name: 'member',
      role: 'member',
      fields: {
        _id: 'm-member',
        name: '张晓东',
        gender: 'male',
        birthYear: 1988,
        category: 'employed',
        orgId: 'org-b1-g2',
        building: '琼林苑4栋',
        unit: '1单元',
      },
    },
    {
      name: 'elder',
      role: 'member',
      fields: {
        _id: 'm-elder',
        name: '李桂兰',
        gender: 'female',
        birthYear: 1938,
        elder: true,
        orgId: 'org-b1-g2',
        building: '琼林苑3栋',
        unit: '1单元',
        joinedPartyYear: 1960,
      },
    },
  ]
  const demo = new Map<DemoName, MemberDoc>()
  for (const { name, role, scopeOrgId, fields } of demoMembers) {
    const member = addMember({ ...fields, openid: DEMO_OPENIDS[name] })
    addUser(DEMO_OPENIDS[name], role, { memberId: member._id, scopeOrgId })
    demo.set(name, member)
  }
  const helper = demo.get('member')!
  const elder = demo.get('elder')!

  // The rest of the roster: mostly retired, a quarter elderly, some employed, floating and abroad.
  for (const plan of BRANCHES) {
    const groups = groupsByBranch.get(plan.id)!
    const existing = members.filter((m) => m.orgPath.includes(plan.id)).length
    for (let i = existing; i < plan.members; i++) {
      const group = groups[i % groups.length]
      const roll = random.next()
      const category: MemberCategory =
        members.length % 37 === 0
          ? 'abroad'
          : roll < plan.employedShare
            ? 'employed'
            : roll < plan.employedShare + 0.06
              ? 'floating'
              : 'retired'
      const elderly = category === 'retired' && random.chance(0.34)
      const status: MemberStatus = members.length === 40 ? 'lostContact' : members.length === 77 ? 'pocket' : 'normal'
      const member = addMember({ orgId: group._id, building: random.pick(group.buildings), category, elder: elderly, status })
      // Last time the branch reached them: mostly within the last months; a few not for over half a year
      // (组织关系排查 candidates for 失联).
      const daysAgo = status !== 'normal' || i % 23 === 7 ? random.int(200, 320) : random.int(5, 150)
      member.lastContactAt = new Date(now.getTime() - daysAgo * 86_400_000)
      // Most members who can use a phone have bound their WeChat; few elders have.
      if (status === 'normal' && category !== 'abroad' && random.chance(elderly ? 0.2 : 0.7)) {
        member.openid = `wx-${member._id}`
        addUser(member.openid, 'member', { memberId: member._id })
      }
    }
  }

  // 结对: the demo member looks after the demo elder and one more elder of the same branch.
  const secondElder = members.find((m) => m.elder && m._id !== elder._id && m.orgPath.includes('org-b1'))!
  helper.pairedElderIds = [elder._id, secondElder._id]
  for (const paired of [elder, secondElder]) paired.helperId = helper._id

  // Registered residents across every building of the community.
  const allBuildings = orgs.flatMap((org) => org.buildings)
  const addResident = (openid: string, name: string, building: string, unit: string): ResidentDoc => {
    const _id = `r-${String(residents.length + 1).padStart(4, '0')}`
    const { resident, user } = registeredResident({ _id, openid, name, phone: demoPhone(5000 + residents.length), building, unit }, now)
    residents.push(resident)
    users.push(user)
    return resident
  }
  addResident(DEMO_OPENIDS.resident, '赵丽娜', '琼林苑3栋', '2单元')
  for (let i = 1; i < 200; i++) {
    addResident(`wx-resident-${i}`, personName(random, random.chance(0.5)), random.pick(allBuildings), `${random.int(1, 3)}单元`)
  }

  const buildings: BuildingDoc[] = [...new Set(allBuildings)].map((name, sort) => ({
    _id: name,
    units: ['1单元', '2单元', '3单元'],
    sort,
    createdAt: now,
    updatedAt: now,
  }))
  return { orgs, buildings, members, residents, users }
}
