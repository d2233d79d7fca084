import type { Role } from '@core/roles'

/** One entry of 管理工作台: where it goes and who sees it. */
export interface AdminLink {
  title: string
  /** A few words under the title, so the entry is not just a label. */
  hint: string
  url: string
  adminOnly?: boolean
}

/**
 * Every page of the admin subpackage, by area, in the order 管理工作台 shows them. An area adds its
 * pages here (the workbench imports no area, so no area can import it back into a cycle).
 */
export const ADMIN_LINKS: AdminLink[] = [
  // stats: the numbers at a glance
  { title: '数据看板', hint: '活动、积分、学时、阅读率、三会一课', url: '/admin/stats-dashboard/index' },
  // members: 花名册 · 组织 · 身份
  { title: '花名册', hint: '查找、修改党员信息', url: '/admin/roster/index' },
  { title: '组织架构', hint: '党总支、党支部、党小组', url: '/admin/org/index', adminOnly: true },
  { title: '楼栋与单元', hint: '居民从中选择楼栋', url: '/admin/buildings/index', adminOnly: true },
  { title: '导入/导出', hint: 'Excel 花名册', url: '/admin/roster-files/index' },
  { title: '组织关系排查', hint: '谁还没有回复', url: '/admin/relation-check/index' },
  { title: '结对管理', hint: '为长辈安排结对党员', url: '/admin/pairing/index' },
  { title: '绑定审核', hint: '党员身份绑定申请', url: '/admin/binding-requests/index' },
  { title: '操作记录', hint: '谁在何时改了什么', url: '/admin/audit-log/index' },
  // activities
  { title: '活动管理', hint: '发布活动、签到码、确认出勤', url: '/admin/activities-manage/index' },
  { title: '活动统计', hint: '按类型按月、支部参与率', url: '/admin/activities-stats/index' },
  { title: '组织生活台账', hint: '三会一课、主题党日，缺项标红', url: '/admin/org-life-record/index' },
  { title: '活动提醒发件箱', hint: '提醒与变更通知', url: '/admin/activities-outbox/index', adminOnly: true },
  // points: 道德银行
  { title: '日行一善审核', hint: '通过或驳回申报', url: '/admin/points-deeds/index' },
  { title: '兑换核销', hint: '输入或扫描取货码', url: '/admin/points-fulfil/index', adminOnly: true },
  { title: '公益集市', hint: '物品、库存、每月限兑', url: '/admin/points-rewards/index', adminOnly: true },
  { title: '积分类别', hint: '日行一善类别与分值', url: '/admin/points-categories/index', adminOnly: true },
  // Not admin-only: while the committee has one admin, secretaries are the second approvers.
  { title: '积分调整', hint: '增减积分与审批', url: '/admin/points-adjust/index' },
  { title: '道德银行总览', hint: '发放、兑付、对账', url: '/admin/points-summary/index', adminOnly: true },
  // notices
  { title: '通知管理', hint: '发布、修改、撤回，看谁未读', url: '/admin/notices-manage/index' },
  // study
  { title: '学习资料', hint: '上传文章、音频、PDF', url: '/admin/study-manage/index', adminOnly: true },
  { title: '学习指派', hint: '指派资料给支部或党员', url: '/admin/study-assign/index' },
  { title: '结对送学情况', hint: '本月送学与未送到的长辈', url: '/admin/study-deliveries/index' },
  { title: '学习情况', hint: '学时与目标、未达标、谁还没学', url: '/admin/study-figures/index' },
  // community: 微心愿 · 民生诉求
  { title: '心愿审核', hint: '微心愿上墙前审核', url: '/admin/community-wishes/index' },
  { title: '诉求办理', hint: '受理、交办、办结，20 个工作日', url: '/admin/community-tickets/index' },
  { title: '心愿与诉求统计', hint: '按类别、承办人，办结天数', url: '/admin/community-numbers/index' },
  // care: 关爱网络
  { title: '需求清单', hint: '走访中记下的长辈需求', url: '/admin/care-needs/index' },
  { title: '关爱记录', hint: '走访、红色家访、八个到家、两节慰问', url: '/admin/care-records/index' },
  { title: '未走访名单', hint: '超过 N 天没人走访的长辈', url: '/admin/care-unvisited/index' },
  { title: '本月生日', hint: '集体生日会名单', url: '/admin/care-birthdays/index' },
  { title: '居民一对一帮扶', hint: '为高龄居民安排结对党员', url: '/admin/care-resident-pairing/index' },
  { title: '困难与独居', hint: '仅社区党委可见的标记', url: '/admin/care-flags/index', adminOnly: true },
  { title: '关爱网络授权', hint: '党小组长、楼栋长、网格员、联络员', url: '/admin/care-grants/index', adminOnly: true },
  { title: '队伍管理', hint: '志愿服务队、巡查队、文艺队', url: '/admin/care-teams/index', adminOnly: true },
  // community: 议事协商 · 民主评议 · 共驻共建
  { title: '议事协商', hint: '发起议题、公布结果、议事会', url: '/admin/community-topics/index' },
  { title: '民主评议', hint: '匿名评议，结束后看结果', url: '/admin/community-evaluations/index' },
  { title: '共驻共建', hint: '共建单位、项目、联席会议、岗位', url: '/admin/community-partners/index', adminOnly: true },
]

/** The entries a role may open; none for anyone who does not manage. */
export function adminLinksFor(role: Role | undefined): AdminLink[] {
  if (role === 'admin') return ADMIN_LINKS
  if (role === 'secretary') return ADMIN_LINKS.filter((link) => !link.adminOnly)
  return []
}
