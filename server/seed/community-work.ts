import { NEW_TICKET, NEW_WISH } from '../../core/community/defaults'
import type { PatrolMemberDoc, TicketDoc, TicketEvent, WishDoc } from '../../core/community/model'
import { ticketDueDay } from '../../core/community/working-days'
import { beijingDay } from '../../core/time'
import type { DatabaseService } from '../db'
import { DEMO_OPENIDS, type DemoCommunity } from './community'
import { seedGovern } from './govern'

const DAY = 86_400_000

/**
 * 微心愿 and 民生诉求 of the demo community, after the seeds: 海福巷3号's blocked drain and broken
 * path, solved by 光华路街道城管科 and 市政部门 within 20 working days (seed 003), on 问题墙; a patrol
 * finding of 盯得紧文明安全巡查队 (seed 000) in progress; wishes on the wall, one waiting for review and
 * one fulfilled, waiting for the elder's confirmation. No wish is confirmed here: that would need its
 * 道德银行 posting, which only the function makes.
 */
export async function seedCommunityWork(db: DatabaseService, env: string, community: DemoCommunity): Promise<void> {
  const now = Date.now()
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY)
  const member = (id: string) => community.members.find((m) => m._id === id)!
  const resident = community.residents.find((r) => r.openid === DEMO_OPENIDS.resident)!
  const [helper, elder, secretary] = [member('m-member'), member('m-elder'), member('m-secretary')]
  const committee = community.orgs.find((o) => o.level === 'committee')!
  const groupOf = (building: string) => community.orgs.find((o) => o.buildings.includes(building))
  const scopeOf = (building: string) => {
    const group = groupOf(building)
    return group ? [...group.path, group._id] : [committee._id]
  }

  const wish = (fields: Partial<WishDoc> & Pick<WishDoc, '_id' | 'title' | 'needBy' | 'status'>): WishDoc => ({
    text: '',
    photo: null,
    wisherId: resident._id,
    wisherName: resident.name,
    posterId: resident._id,
    posterName: resident.name,
    orgPath: scopeOf(resident.building),
    ...NEW_WISH,
    postedAt: at(3),
    updatedAt: at(1),
    ...fields,
  })
  const inDays = (days: number) => beijingDay(new Date(now + days * DAY))
  /** A wish of the 结对 elder, posted for them by their helper. */
  const byHelperForElder = {
    wisherId: elder._id,
    wisherName: elder.name,
    posterId: helper._id,
    posterName: helper.name,
    orgPath: elder.orgPath,
  }
  const wishes: WishDoc[] = [
    wish({
      _id: 'wish-seed-birthday',
      title: '想参加小区老人集体生日会，需要有人陪同',
      text: '腿脚不便，希望有人陪我下楼去活动室。',
      needBy: inDays(12),
      status: 'open',
      ...byHelperForElder,
      reviewedByOpenid: DEMO_OPENIDS.secretary,
      openedAt: at(2),
    }),
    wish({
      _id: 'wish-seed-radio',
      title: '想请人帮忙修好家里的旧收音机',
      text: '收音机没有声音了，平时靠它听新闻。',
      needBy: inDays(20),
      status: 'open',
      reviewedByOpenid: DEMO_OPENIDS.secretary,
      openedAt: at(1),
    }),
    wish({
      _id: 'wish-seed-books',
      title: '孩子想要几本课外书',
      needBy: inDays(15),
      status: 'pending',
      postedAt: at(0.5),
    }),
    wish({
      _id: 'wish-seed-groceries',
      title: '每周帮忙买一次菜',
      text: '独居，下楼不方便。',
      needBy: inDays(5),
      status: 'fulfilled',
      ...byHelperForElder,
      reviewedByOpenid: DEMO_OPENIDS.secretary,
      openedAt: at(6),
      claimantId: secretary._id,
      claimantName: secretary.name,
      claimedAt: at(5),
      fulfilNote: '已送菜上门，下周继续',
      fulfilledAt: at(1),
    }),
  ]

  const step = (stepName: TicketEvent['step'], daysAgo: number, byName: string, byRole: string, text: string): TicketEvent => ({
    step: stepName,
    at: at(daysAgo),
    byName,
    byRole,
    text,
  })
  const closedTicket = (
    id: string,
    category: TicketDoc['category'],
    text: string,
    handler: string,
    result: string,
    reportedDaysAgo: number,
    closedDaysAgo: number,
  ): TicketDoc => {
    const acceptedDay = beijingDay(at(reportedDaysAgo))
    return {
      _id: id,
      number: `MS-${acceptedDay.replace(/-/g, '')}-${id.slice(-4).toUpperCase()}`,
      kind: 'report',
      category,
      building: '海福巷3号',
      text,
      photos: [],
      reporterId: resident._id,
      reporterName: resident.name,
      reporterOpenid: DEMO_OPENIDS.resident,
      scopePath: [committee._id],
      status: 'rated',
      handler: { kind: 'unit', name: handler },
      acceptedDay,
      dueDay: ticketDueDay(acceptedDay),
      closedAt: at(closedDaysAgo),
      daysToClose: reportedDaysAgo - closedDaysAgo,
      result,
      resultPhotos: [],
      rating: 5,
      ratingComment: '解决得很彻底，谢谢民生工作站',
      reopens: 0,
      escalatedAt: null,
      timeline: [
        step('report', reportedDaysAgo, resident.name, '居民', '提交诉求'),
        step('accept', reportedDaysAgo, '王建华', '社区党委', `受理，交由「${handler}」办理`),
        step('progress', reportedDaysAgo - 5, '王建华', '社区党委', '已联系承办单位现场查看'),
        step('close', closedDaysAgo, '王建华', '社区党委', result),
        step('rate', closedDaysAgo - 1, resident.name, '反映人', '5 星（非常满意）'),
      ],
      reportedAt: at(reportedDaysAgo),
      updatedAt: at(closedDaysAgo - 1),
    }
  }
  const patrolDay = beijingDay(at(2))
  const tickets: TicketDoc[] = [
    closedTicket(
      'ticket-seed-drain',
      'drainage',
      '海福巷3号下水道堵塞，楼前平台污水满溢，无法正常行走，多次维修都未彻底解决',
      '光华路街道城管科',
      '找到满溢的根本原因，更换堵塞管段，彻底根除满溢现象',
      40,
      16,
    ),
    closedTicket(
      'ticket-seed-path',
      'road',
      '海福巷3号门前十几米的必经之路坑洼不平，下雨天极易积水，出行困难',
      '市政部门',
      '路面已重铺，解决了该幢居民的出行难问题',
      35,
      12,
    ),
    {
      _id: 'ticket-seed-patrol',
      number: `MS-${patrolDay.replace(/-/g, '')}-PTRL`,
      kind: 'patrol',
      category: 'safety',
      building: '琼林苑3栋',
      text: '3栋一楼楼道有电动车停放充电，飞线拉到楼道，存在火灾隐患',
      photos: [],
      reporterId: helper._id,
      reporterName: helper.name,
      reporterOpenid: DEMO_OPENIDS.member,
      scopePath: scopeOf('琼林苑3栋'),
      ...NEW_TICKET,
      status: 'inProgress',
      handler: { kind: 'unit', name: '琼林苑物业' },
      acceptedDay: patrolDay,
      dueDay: ticketDueDay(patrolDay),
      timeline: [
        step('report', 2, helper.name, '巡查队员', '巡查发现安全隐患'),
        step('accept', 2, secretary.name, '支部书记', '受理，交由「琼林苑物业」办理'),
        step('progress', 1, secretary.name, '支部书记', '物业已张贴告示，劝离楼道充电车辆'),
      ],
      reportedAt: at(2),
      updatedAt: at(1),
    },
  ]
  const patrol: PatrolMemberDoc[] = [
    { _id: helper._id, name: helper.name, active: true, markedByOpenid: DEMO_OPENIDS.admin, markedAt: at(30) },
  ]

  await db.bulkInsert(env, 'wishes', wishes as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'tickets', tickets as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'patrolMembers', patrol as unknown as Array<Record<string, unknown>>)
  await seedGovern(db, env, community)
}
