import type { AdminLink } from '../admin/adminLinks'

/** The `points` area's entries in 管理工作台. */
export const POINTS_ADMIN_LINKS: AdminLink[] = [
  { title: '日行一善审核', hint: '通过或驳回申报', url: '/admin/points-deeds/index' },
  { title: '兑换核销', hint: '输入或扫描取货码', url: '/admin/points-fulfil/index', adminOnly: true },
  { title: '公益集市', hint: '物品、库存、每月限兑', url: '/admin/points-rewards/index', adminOnly: true },
  { title: '积分类别', hint: '日行一善类别与分值', url: '/admin/points-categories/index', adminOnly: true },
  { title: '积分调整', hint: '增减积分与审批', url: '/admin/points-adjust/index', adminOnly: true },
  { title: '道德银行总览', hint: '发放、兑付、对账', url: '/admin/points-summary/index', adminOnly: true },
]
