import type { GoodDeedDoc, PointCategoryDoc, PointOrderDoc, PointRewardDoc } from '../../core/points/model'
import { DEFAULT_ADJUST_THRESHOLD } from '../../core/points/model'
import { monthOf } from '../../core/points/posting'
import type { DatabaseService } from '../db'
import type { SeedCredit } from './activities'
import { DEMO_OPENIDS, type DemoCommunity } from './community'
import { LedgerBook, rankedPeople } from './points-book'
import { createRandom } from './random'

/** 日行一善 categories, after the seeds: mutual help, shared facilities, the environment, rubbish sorting. */
const CATEGORIES: Array<[name: string, points: number, description: string]> = [
  ['互帮互助', 20, '帮邻居买菜、接送孩子、照看独居老人'],
  ['爱护公共设施', 10, '报修、维护楼道灯、座椅、健身器材'],
  ['美化环境', 10, '清理楼道杂物、打扫公共区域、养护绿地'],
  ['垃圾分类', 5, '垃圾分类投放、厨余回收、劝导分类'],
  ['助老助残', 20, '陪伴高龄老人、帮助行动不便的邻居'],
  ['文明劝导', 10, '劝导不文明养犬、乱停车、高空抛物'],
]

/** 公益集市 rewards: points price, stock, per-person monthly limit. */
const REWARDS: Array<[name: string, price: number, stock: number, limit: number, description: string]> = [
  ['大米（5 斤）', 200, 40, 1, '东北大米，5 斤装'],
  ['洗衣液（2 kg）', 120, 60, 2, '家庭装洗衣液'],
  ['食用油（1.8 L）', 180, 30, 1, '非转基因大豆油'],
  ['抽纸（一提）', 40, 120, 3, '三层抽纸，6 包一提'],
  ['香皂', 30, 100, 3, '植物香皂两块装'],
  ['理发券', 60, 50, 1, '社区便民理发点使用'],
]

const DAY = 86_400_000

/**
 * Demo data of the `points` area: categories, the reward catalogue, a year of approved good deeds and
 * activity credits for about 80 people (so rankings are not empty), past redemptions collected at the
 * 公益集市, and for the demo people: a statement, a pending report for the secretary to review and an
 * order waiting to be collected. Every point goes through the ledger rules (LedgerBook), so balances
 * equal their entries and the books sum to zero.
 */
export async function seedPoints(
  db: DatabaseService,
  env: string,
  community: DemoCommunity,
  attendanceCredits: SeedCredit[] = [],
): Promise<void> {
  const random = createRandom(20261128)
  const now = new Date()
  const people = rankedPeople(community.orgs, community.members, community.residents)
  const book = new LedgerBook()

  const categories: PointCategoryDoc[] = CATEGORIES.map(([name, points, description], i) => ({
    _id: `cat-${i + 1}`,
    name,
    points,
    description,
    active: true,
    sort: i,
    createdAt: now,
    updatedAt: now,
  }))
  const rewards: PointRewardDoc[] = REWARDS.map(([name, price, stock, monthlyLimit, description], i) => ({
    _id: `reward-${i + 1}`,
    name,
    description,
    photo: null,
    price,
    stock,
    monthlyLimit,
    active: true,
    sort: i,
    createdAt: now,
    updatedAt: now,
  }))

  // Who earns: the demo people and about 75 others, members and residents alike.
  const demoIds = ['r-0001', 'm-member', 'm-elder', 'm-secretary', 'm-admin']
  const others = [...community.members.filter((m) => !m.archived && m.status === 'normal'), ...community.residents]
    .map((p) => p._id)
    .filter((id) => !demoIds.includes(id) && random.chance(0.28))
  const earners = [...demoIds, ...others]

  // Events over the last 12 months, applied in time order.
  type Event = { at: Date; personId: string; kind: 'deed' | 'attendance' | 'redeem' | 'credit'; credit?: SeedCredit }
  // The seeded activities' confirmed attendance (server/seed/activities.ts), posted in time order too.
  const events: Event[] = attendanceCredits.map((credit) => ({ at: credit.at, personId: credit.posting.accountId, kind: 'credit', credit }))
  for (const personId of earners) {
    const n = demoIds.includes(personId) ? 8 : random.int(1, 10)
    for (let i = 0; i < n; i++)
      events.push({
        at: new Date(now.getTime() - random.int(1, 360) * DAY - random.int(0, 600) * 60_000),
        personId,
        kind: random.chance(0.6) ? 'deed' : 'attendance',
      })
    if (random.chance(0.4) || personId === 'r-0001')
      events.push({ at: new Date(now.getTime() - random.int(40, 300) * DAY), personId, kind: 'redeem' })
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime())

  const deeds: GoodDeedDoc[] = []
  const orders: PointOrderDoc[] = []
  const activities = ['楼道清洁日', '垃圾分类宣传', '关爱空巢老人走访', '公益集市志愿服务', '党员冬季清雪']
  let n = 0
  for (const event of events) {
    n++
    const person = people.get(event.personId)!
    if (event.credit) {
      book.post(event.credit.posting, person, event.at)
    } else if (event.kind === 'deed') {
      const category = random.pick(categories)
      const deedId = `deed-seed-${n}`
      deeds.push({
        _id: deedId,
        personId: event.personId,
        personName: person.name,
        reporterId: event.personId,
        reporterName: person.name,
        orgPath: person.orgPath,
        categoryId: category._id,
        categoryName: category.name,
        points: category.points,
        text: `${category.description.split('、')[0]}`,
        photos: [],
        status: 'approved',
        reason: null,
        reviewedByOpenid: DEMO_OPENIDS.secretary,
        submittedAt: event.at,
        reviewedAt: event.at,
      })
      book.post(
        {
          key: `deed:${deedId}`,
          accountId: event.personId,
          amount: category.points,
          kind: 'deed',
          reason: `日行一善「${category.name}」`,
          ref: deedId,
        },
        person,
        event.at,
      )
    } else if (event.kind === 'attendance') {
      const title = random.pick(activities)
      const activityId = `seed-activity-${random.int(1, 40)}`
      const minutes = random.pick([60, 90, 120])
      book.post(
        {
          key: `attendance:${activityId}:${event.personId}`,
          accountId: event.personId,
          amount: minutes / 6,
          minutes,
          kind: 'attendance',
          reason: `参加活动「${title}」`,
          ref: activityId,
        },
        person,
        event.at,
      )
    } else {
      const affordable = rewards.filter((r) => r.price <= book.balanceOf(event.personId) && r.stock > 5)
      if (!affordable.length) continue
      const reward = random.pick(affordable)
      const orderId = `redeem:${event.personId}:seed-${n}`
      if (
        !book.post(
          {
            key: orderId,
            accountId: event.personId,
            amount: -reward.price,
            kind: 'redeem',
            reason: `兑换「${reward.name}」×1`,
            ref: reward._id,
          },
          null,
          event.at,
        )
      )
        continue
      reward.stock -= 1
      orders.push({
        _id: orderId,
        personId: event.personId,
        personName: person.name,
        rewardId: reward._id,
        rewardName: reward.name,
        quantity: 1,
        price: reward.price,
        amount: reward.price,
        pickupCode: String(10_000_000 + n * 7919),
        month: monthOf(event.at),
        status: 'fulfilled',
        createdAt: event.at,
        expiresAt: new Date(event.at.getTime() + 30 * DAY),
        closedAt: new Date(event.at.getTime() + 3 * DAY),
        closedByOpenid: DEMO_OPENIDS.admin,
      })
    }
  }

  // Waiting for review in 第一党支部 (the demo secretary's): the demo resident's latest report and two more.
  const pendingFor = ['r-0001', 'm-elder', ...others.filter((id) => people.get(id)?.orgPath.includes('org-b1')).slice(0, 1)]
  pendingFor.forEach((personId, i) => {
    const person = people.get(personId)!
    const category = categories[i % categories.length]
    const at = new Date(now.getTime() - (i + 1) * 3_600_000)
    deeds.push({
      _id: `deed-seed-pending-${i + 1}`,
      personId,
      personName: person.name,
      reporterId: personId === 'm-elder' ? 'm-member' : personId,
      reporterName: personId === 'm-elder' ? '张晓东' : person.name,
      orgPath: person.orgPath,
      categoryId: category._id,
      categoryName: category.name,
      points: category.points,
      text: i === 0 ? '清理了3栋楼道里堆放的纸箱' : '帮邻居搬运煤气罐',
      photos: [],
      status: 'pending',
      reason: null,
      reviewedByOpenid: null,
      submittedAt: at,
      reviewedAt: null,
    })
  })

  const accounts = [...book.accounts.values()]
  const entries = book.drainEntries()
  const insert = (name: string, docs: object[]) => db.bulkInsert(env, name, docs as unknown as Array<Record<string, unknown>>)
  await insert('pointCategories', categories)
  await insert('pointRewards', rewards)
  await insert('goodDeeds', deeds)
  await insert('pointOrders', orders)
  await insert('pointAccounts', accounts)
  for (let i = 0; i < entries.length; i += 1000) await insert('pointEntries', entries.slice(i, i + 1000))
  await insert('pointTotals', [...book.totals.values()])
  await insert('pointStats', [...book.stats.values()])
  await insert('pointSettings', [{ _id: 'settings', adjustThreshold: DEFAULT_ADJUST_THRESHOLD, updatedAt: now }])
}
