import { tallyShardOf, TOPIC_SUPPORT_NEEDED, voteIdOf, type TopicDoc } from '../../core/community/deliberation'
import type { EvaluationCampaignDoc } from '../../core/community/evaluation'
import type { JointMeetingDoc, PartnerProjectDoc, PartnerUnitDoc, ServicePostDoc } from '../../core/community/partners'
import { audienceKeyOf, type Audience } from '../../core/notices/audience'
import { beijingDay } from '../../core/time'
import type { DatabaseService } from '../db'
import { DEMO_OPENIDS, type DemoCommunity } from './community'

const DAY = 86_400_000
type Rows = Array<Record<string, unknown>>

/**
 * 议事协商 · 民主评议 · 共驻共建 of the demo community, after the seeds: the 3栋 charging topic raised
 * from the patrol's 楼道充电 finding (000, 004: 定期召开居民议事会), the 停车位 topic decided at a
 * 社区·业委会·物业 三方联席会议 (004), the 4栋 绿化带 topic past its deadline waiting for its decision, a
 * resident's proposal gathering support; the 2026 民主评议党员 of
 * the 3栋/4栋 group (001: 民主评议党员专题组织生活会); partner units (003: 解放军理工大学; 000: 滨湖师范二小,
 * 滨湖百大; 001: 滨海农村商业银行营城支行) with a project and this quarter's 党建联席会议 (004), and
 * service posts for 在职党员双报到 (002). Votes are seeded with their tally shards (tally = ballots).
 */
export async function seedGovern(db: DatabaseService, env: string, community: DemoCommunity): Promise<void> {
  const now = Date.now()
  const at = (days: number) => new Date(now + days * DAY)
  const member = (id: string) => community.members.find((m) => m._id === id)!
  const secretary = member('m-secretary')
  const resident = community.residents.find((r) => r.openid === DEMO_OPENIDS.resident)!
  const group = community.orgs.find((o) => o.buildings.includes('琼林苑3栋'))!
  const branch = community.orgs.find((o) => o._id === 'org-b1')!
  const groupPath = [...group.path, group._id]
  // Whom a topic is for, stored as the function stores it (core/notices/audience's key).
  const addressed = (audience: Audience, audienceLabel: string, scopePath: string[]) => ({
    audience,
    audienceKey: audienceKeyOf(audience),
    audienceLabel,
    scopePath,
  })
  const toBuilding3 = addressed({ kind: 'building', building: '琼林苑3栋' }, '琼林苑3栋', groupPath)
  const toBranch = addressed({ kind: 'org', orgId: branch._id }, branch.name, [...branch.path, branch._id])
  const toGroup = addressed({ kind: 'org', orgId: group._id }, group.name, groupPath)
  const base = {
    commentCount: 0,
    followUpActivityId: null,
    decision: null,
    decidedAt: null,
    meeting: null,
    createdByOpenid: DEMO_OPENIDS.secretary,
    supportNeeded: 0,
    supportCount: 0,
    proposerId: null,
    proposerName: secretary.name,
    ticketId: null,
  }
  const topics: TopicDoc[] = [
    {
      ...base,
      _id: 'topic-seed-charging',
      title: '3栋楼下是否加装电动车充电桩',
      background: '巡查队发现3栋一楼楼道有电动车飞线充电，存在火灾隐患。物业提出可在3栋北侧空地加装 10 个充电桩，费用由使用者按次付费。',
      options: ['同意加装', '不同意', '换个位置再议'],
      deadline: at(5),
      ...toBuilding3,
      origin: 'ticket',
      ticketId: 'ticket-seed-patrol',
      status: 'open',
      createdAt: at(-1),
      openedAt: at(-1),
      updatedAt: at(-1),
    },
    {
      ...base,
      _id: 'topic-seed-parking',
      title: '琼林苑停车位重新划线方案',
      background: '小区车位紧张，业委会和物业提出两种划线方案，请支部党员和居民代表共商。',
      options: ['方案一：增加路边车位', '方案二：地面车位错时共享'],
      deadline: at(-10),
      ...toBranch,
      origin: 'branch',
      status: 'decided',
      decision: '采用方案二：地面车位错时共享，物业负责标识和管理，三个月后再评估。',
      decidedAt: at(-8),
      meeting: {
        heldOn: beijingDay(at(-9)),
        place: '邻里客厅',
        attendees: [
          { name: secretary.name, side: '社区' },
          { name: '周国强', side: '业委会' },
          { name: '琼林苑物业 吴经理', side: '物业' },
          { name: resident.name, side: '居民代表' },
        ],
        minutes: '社区、业委会、物业三方联席，听取居民代表意见，确定错时共享方案和试行三个月。',
        recordedByOpenid: DEMO_OPENIDS.secretary,
        recordedAt: at(-9),
      },
      createdAt: at(-20),
      openedAt: at(-20),
      updatedAt: at(-8),
    },
    {
      ...base,
      _id: 'topic-seed-greening',
      title: '4栋楼前绿化带是否改建停车位',
      background: '4栋楼前绿化带常年被踩踏，部分居民提出改建为 6 个停车位，也有居民希望保留绿化、增设围栏。',
      options: ['改建停车位', '保留绿化并增设围栏'],
      deadline: at(-1),
      ...toGroup,
      origin: 'branch',
      status: 'open',
      createdAt: at(-8),
      openedAt: at(-8),
      updatedAt: at(-8),
    },
    {
      ...base,
      _id: 'topic-seed-handrail',
      title: '3栋楼道加装扶手',
      background: '3栋老人多，上下楼不方便，建议在楼道加装扶手，费用从维修基金列支。',
      options: ['同意', '不同意'],
      deadline: at(14),
      ...toBuilding3,
      origin: 'resident',
      status: 'proposed',
      proposerId: resident._id,
      proposerName: resident.name,
      createdByOpenid: DEMO_OPENIDS.resident,
      supportNeeded: TOPIC_SUPPORT_NEEDED,
      supportCount: 1,
      createdAt: at(-2),
      openedAt: null,
      updatedAt: at(-2),
    },
  ]
  const supports = [
    { _id: `support:topic-seed-handrail:${resident._id}`, topicId: 'topic-seed-handrail', personId: resident._id, at: at(-2) },
  ]

  // Votes of neighbours in 3栋 (not the demo people, so they can still vote), with their shards.
  const voters = community.residents.filter((r) => r.building === '琼林苑3栋' && r.openid !== DEMO_OPENIDS.resident).slice(0, 5)
  const votes = voters.map((r, i) => ({
    _id: voteIdOf('topic-seed-charging', r._id),
    topicId: 'topic-seed-charging',
    personId: r._id,
    option: i % 3 === 2 ? 1 : 0,
    at: at(-0.5),
  }))
  const shards = new Map<string, number[]>()
  for (const vote of votes) {
    const id = tallyShardOf(vote.topicId, vote.personId)
    const counts = shards.get(id) ?? [0, 0, 0]
    counts[vote.option]++
    shards.set(id, counts)
  }
  const tallies = [...shards].map(([id, counts]) => ({ _id: id, topicId: 'topic-seed-charging', counts }))

  const groupMembers = community.members.filter((m) => m.orgPath.includes(group._id) && !m.archived)
  const campaign: EvaluationCampaignDoc = {
    _id: 'eval-seed-2026',
    kind: 'members',
    title: '2026年度民主评议党员',
    orgId: group._id,
    orgName: group.name,
    orgPath: groupPath,
    subjects: groupMembers.map((m) => ({ personId: m._id, name: m.name })),
    eligible: groupMembers.length,
    status: 'open',
    closesAt: at(10),
    closedAt: null,
    createdByOpenid: DEMO_OPENIDS.secretary,
    createdAt: at(-1),
  }

  const unit = (id: string, fields: Omit<PartnerUnitDoc, '_id' | 'updatedByOpenid' | 'createdAt' | 'updatedAt'>): PartnerUnitDoc => ({
    _id: id,
    ...fields,
    updatedByOpenid: DEMO_OPENIDS.admin,
    createdAt: at(-60),
    updatedAt: at(-30),
  })
  const units: PartnerUnitDoc[] = [
    unit('unit-seed-ligong', {
      name: '解放军理工大学',
      type: '部队',
      contactName: '赵干事',
      contactPhone: '13912340001',
      partyOrg: '理工大学机关党委',
      resources: ['国防教育讲座', '青年志愿服务队'],
      needs: ['社区活动场地'],
    }),
    unit('unit-seed-shifan', {
      name: '滨湖师范二小',
      type: '学校',
      contactName: '钱老师',
      contactPhone: '13912340002',
      partyOrg: '滨湖师范二小党支部',
      resources: ['周末操场开放', '四点半课堂老师'],
      needs: ['学生社会实践岗位'],
    }),
    unit('unit-seed-baida', {
      name: '滨湖百大',
      type: '企业',
      contactName: '孙经理',
      contactPhone: '13912340003',
      partyOrg: '滨湖百大党支部',
      resources: ['爱心超市物资'],
      needs: ['员工志愿服务机会'],
    }),
    unit('unit-seed-bank', {
      name: '滨海农村商业银行营城支行',
      type: '企业',
      contactName: '李行长',
      contactPhone: '13912340004',
      partyOrg: '营城支行党支部',
      resources: ['防诈骗宣讲', '老年人智能手机课'],
      needs: [],
    }),
  ]
  const projects: PartnerProjectDoc[] = [
    {
      _id: 'project-seed-fangzha',
      title: '防诈骗进楼栋',
      unitIds: ['unit-seed-bank'],
      unitNames: ['滨海农村商业银行营城支行'],
      resource: '防诈骗宣讲',
      need: '老年人防骗',
      status: 'running',
      activityId: null,
      createdAt: at(-40),
      updatedAt: at(-10),
    },
    {
      _id: 'project-seed-kecheng',
      title: '四点半课堂',
      unitIds: ['unit-seed-shifan', 'unit-seed-ligong'],
      unitNames: ['滨湖师范二小', '解放军理工大学'],
      resource: '四点半课堂老师',
      need: '双职工家庭孩子放学后看护',
      status: 'planned',
      activityId: null,
      createdAt: at(-20),
      updatedAt: at(-20),
    },
  ]
  const day = beijingDay(at(-15))
  const quarter = `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`
  const meetings: JointMeetingDoc[] = [
    {
      _id: `joint-${quarter}`,
      quarter,
      heldOn: day,
      attendees: [
        { name: '赵干事', unit: '解放军理工大学' },
        { name: '钱老师', unit: '滨湖师范二小' },
        { name: '孙经理', unit: '滨湖百大' },
        { name: '李行长', unit: '滨海农村商业银行营城支行' },
      ],
      minutes: '梳理辖区资源、项目、服务清单；确定本季度防诈骗进楼栋和四点半课堂两个共建项目。',
      recordedByOpenid: DEMO_OPENIDS.admin,
      recordedAt: at(-15),
    },
  ]
  const posts: ServicePostDoc[] = [
    { _id: 'post-seed-xuncha', title: '周末楼道安全巡查', place: '琼林苑3栋、4栋', slots: 4, claimed: 0, createdAt: at(-30) },
    { _id: 'post-seed-ketang', title: '四点半课堂辅导', place: '邻里客厅', slots: 3, claimed: 0, createdAt: at(-30) },
  ]

  await db.bulkInsert(env, 'topics', topics as unknown as Rows)
  await db.bulkInsert(env, 'topicSupports', supports as unknown as Rows)
  await db.bulkInsert(env, 'topicVotes', votes as unknown as Rows)
  await db.bulkInsert(env, 'topicTallies', tallies as unknown as Rows)
  await db.bulkInsert(env, 'evaluationCampaigns', [campaign] as unknown as Rows)
  await db.bulkInsert(env, 'partnerUnits', units as unknown as Rows)
  await db.bulkInsert(env, 'partnerProjects', projects as unknown as Rows)
  await db.bulkInsert(env, 'jointMeetings', meetings as unknown as Rows)
  await db.bulkInsert(env, 'servicePosts', posts as unknown as Rows)
}
