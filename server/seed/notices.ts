import { audienceKeyOf, NEVER_EXPIRES, noticeReadId, noticeSortKey, type Audience } from '../../core/notices/audience'
import type { NoticeDoc, NoticeReadDoc } from '../../core/notices/model'
import { parseBody } from '../../core/notices/rich-text'
import { formatBeijing, toBeijing } from '../../core/time'
import type { DatabaseService } from '../db'
import { DEMO_OPENIDS, type DemoCommunity } from './community'

interface SeedNotice {
  id: string
  /** Text, or text written from the publication time, so a notice never announces a day already past. */
  title: string | ((publishedAt: Date) => string)
  body: string | ((publishedAt: Date) => string)
  audience: Audience
  author: { openid: string; name: string }
  pinned?: boolean
  daysAgo: number
  expiresInDays?: number
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** 「12月12日（周六）」: `days` after `at`, in Beijing. */
function beijingDayAfter(at: Date, days: number): string {
  const day = toBeijing(at).add(days, 'day')
  return `${day.format('M月D日')}（周${WEEKDAYS[day.day()]}）`
}

const ADMIN = { openid: DEMO_OPENIDS.admin, name: '王建华' }
const SECRETARY = { openid: DEMO_OPENIDS.secretary, name: '刘秀英' }

/** Notices in the words of the seed documents: 主题党日, 红色家访, 组织关系排查, 楼栋微党课. */
const NOTICES: SeedNotice[] = [
  {
    id: 'n-seed-theme-day',
    title: (at) => `关于开展${formatBeijing(at, 'M')}月“主题党日”活动的通知`,
    body: (at) =>
      `各党支部、全体党员：\n根据社区党委年度工作安排，**主题党日**活动定于**${beijingDayAfter(at, 10)}上午9:00**在社区党群服务中心二楼会议室举行。\n活动内容：重温入党誓词；集中学习党的二十大精神；开展楼栋环境整治志愿服务。\n行动不便的老党员由结对党员上门送学，请各支部提前做好安排。`,
    audience: { kind: 'members' },
    author: ADMIN,
    pinned: true,
    daysAgo: 3,
    expiresInDays: 30,
  },
  {
    id: 'n-seed-red-visit',
    title: '第一党支部开展“红色家访 党群串门”活动的安排',
    body: '支部各位党员：\n本周起开展“红色家访 党群串门”活动，党员户挂牌亮身份，走访楼栋高龄、独居老人，了解困难和诉求。\n请各党小组长于**本周五前**把走访名单报支部书记。',
    audience: { kind: 'org', orgId: 'org-b1' },
    author: SECRETARY,
    daysAgo: 6,
  },
  {
    id: 'n-seed-micro-class',
    title: '琼林苑3栋楼栋微党课通知',
    body: '3栋的党员和居民朋友们：\n本周六下午3点在3栋架空层开展**楼栋微党课**，主题是“把党的声音传播到家”，欢迎大家带上家人一起参加。',
    audience: { kind: 'building', building: '琼林苑3栋' },
    author: SECRETARY,
    daysAgo: 2,
  },
  {
    id: 'n-seed-relation-check',
    title: '关于开展党员组织关系排查的通知',
    body: '全体党员：\n按照街道党工委要求，社区党委开展党员组织关系定期排查。请大家在小程序“我的”页面点击**确认可以联系上**；高龄党员由结对党员代为确认。\n排查期间如联系方式有变化，请及时更新。',
    audience: { kind: 'members' },
    author: ADMIN,
    daysAgo: 12,
  },
  {
    id: 'n-seed-charity',
    title: '“V爱义卖”暨邻里百家宴报名',
    body: '各位居民朋友：\n社区将于近期举办“V爱义卖”暨邻里百家宴，义卖所得用于慰问辖区特殊群体，具体时间见「活动」页面。\n欢迎到社区服务中心或在“活动”页面报名。',
    audience: { kind: 'all' },
    author: ADMIN,
    daysAgo: 9,
  },
]

/** Demo notices, and receipts of the demo secretary and helper for some of them (the elder has read none). */
export async function seedNotices(db: DatabaseService, env: string, community: DemoCommunity): Promise<void> {
  const now = Date.now()
  const notices: NoticeDoc[] = NOTICES.map((seed) => {
    const publishedAt = new Date(now - seed.daysAgo * 86_400_000)
    const expiresAt = seed.expiresInDays ? new Date(now + seed.expiresInDays * 86_400_000) : null
    const org = seed.audience.kind === 'org' ? community.orgs.find((o) => o._id === (seed.audience as { orgId: string }).orgId)! : null
    const group =
      seed.audience.kind === 'building'
        ? community.orgs.find((o) => o.buildings.includes((seed.audience as { building: string }).building))!
        : null
    const scopeOrg = org ?? group
    return {
      _id: seed.id,
      title: typeof seed.title === 'string' ? seed.title : seed.title(publishedAt),
      body: parseBody(typeof seed.body === 'string' ? seed.body : seed.body(publishedAt)),
      images: [],
      attachments: [],
      audience: seed.audience,
      audienceKey: audienceKeyOf(seed.audience),
      audienceLabel:
        org?.name ?? (seed.audience.kind === 'building' ? seed.audience.building : seed.audience.kind === 'all' ? '全体居民' : '全体党员'),
      scopePath: scopeOrg ? [...scopeOrg.path, scopeOrg._id] : ['org-committee'],
      pinned: seed.pinned ?? false,
      status: 'published',
      expiresAt,
      visibleUntil: expiresAt ?? NEVER_EXPIRES,
      sortKey: noticeSortKey(seed.pinned ?? false, publishedAt, seed.id),
      authorOpenid: seed.author.openid,
      authorName: seed.author.name,
      version: 1,
      publishedAt,
      updatedAt: publishedAt,
      withdrawnAt: null,
    }
  })
  await db.bulkInsert(env, 'notices', notices as unknown as Array<Record<string, unknown>>)

  const readers = ['m-secretary', 'm-member'].map((id) => community.members.find((m) => m._id === id)!)
  const receipts: NoticeReadDoc[] = []
  for (const notice of notices.filter((n) => n._id !== 'n-seed-micro-class' && n.audience.kind !== 'all')) {
    for (const reader of readers) {
      receipts.push({
        _id: noticeReadId(notice._id, reader._id),
        noticeId: notice._id,
        personId: reader._id,
        personKind: 'member',
        orgPath: reader.orgPath,
        building: reader.building,
        audienceKey: notice.audienceKey,
        live: true,
        visibleUntil: notice.visibleUntil,
        noticeVersion: 1,
        at: new Date(notice.publishedAt.getTime() + 3600_000),
      })
    }
  }
  await db.bulkInsert(env, 'noticeReads', receipts as unknown as Array<Record<string, unknown>>)
}
