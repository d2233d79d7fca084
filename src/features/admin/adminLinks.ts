import type { Role } from '@core/roles'
import { ACTIVITIES_ADMIN_LINKS } from '../activities/adminLinks'
import { NOTICES_ADMIN_LINKS } from '../notices/adminLinks'
import { POINTS_ADMIN_LINKS } from '../points/adminLinks'
import { STUDY_ADMIN_LINKS } from '../study/adminLinks'

/** One entry of 管理工作台: where it goes and who sees it. */
export interface AdminLink {
  title: string
  /** A few words under the title, so the entry is not just a label. */
  hint: string
  url: string
  adminOnly?: boolean
}

const ROSTER_ADMIN_LINKS: AdminLink[] = [
  { title: '花名册', hint: '查找、修改党员信息', url: '/admin/roster/index' },
  { title: '组织架构', hint: '党总支、党支部、党小组', url: '/admin/org/index', adminOnly: true },
  { title: '导入/导出', hint: 'Excel 花名册', url: '/admin/roster-files/index' },
  { title: '组织关系排查', hint: '谁还没有回复', url: '/admin/relation-check/index' },
  { title: '结对管理', hint: '为长辈安排结对党员', url: '/admin/pairing/index' },
  { title: '绑定审核', hint: '党员身份绑定申请', url: '/admin/binding-requests/index' },
  { title: '操作记录', hint: '谁在何时改了什么', url: '/admin/audit-log/index', adminOnly: true },
]

export const ADMIN_LINKS: AdminLink[] = [
  ...ROSTER_ADMIN_LINKS,
  ...ACTIVITIES_ADMIN_LINKS,
  ...POINTS_ADMIN_LINKS,
  ...NOTICES_ADMIN_LINKS,
  ...STUDY_ADMIN_LINKS,
]

/** The entries a role may open; none for anyone who does not manage. */
export function adminLinksFor(role: Role | undefined): AdminLink[] {
  if (role === 'admin') return ADMIN_LINKS
  if (role === 'secretary') return ADMIN_LINKS.filter((link) => !link.adminOnly)
  return []
}
