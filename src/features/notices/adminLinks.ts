import type { AdminLink } from '../admin/adminLinks'

/** The `notices` area's entries in 管理工作台. */
export const NOTICES_ADMIN_LINKS: AdminLink[] = [
  { title: '通知管理', hint: '发布、修改、撤回，看谁未读', url: '/admin/notices-manage/index' },
]
