import type { AdminLink } from '../admin/adminLinks'

/** The `activities` area's entries in 管理工作台. */
export const ACTIVITIES_ADMIN_LINKS: AdminLink[] = [
  { title: '活动管理', hint: '发布活动、签到码、确认出勤', url: '/admin/activities-manage/index' },
  { title: '活动统计', hint: '按类型按月、支部参与率', url: '/admin/activities-stats/index' },
  { title: '活动提醒发件箱', hint: '提醒与变更通知', url: '/admin/activities-outbox/index', adminOnly: true },
]
