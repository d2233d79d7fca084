import type { AdminLink } from '../admin/adminLinks'

/** The `study` area's entries in 管理工作台. */
export const STUDY_ADMIN_LINKS: AdminLink[] = [
  { title: '学习资料', hint: '上传文章、音频、PDF', url: '/admin/study-manage/index', adminOnly: true },
  { title: '学习指派', hint: '指派资料给支部或党员', url: '/admin/study-assign/index' },
  { title: '结对送学情况', hint: '本月送学与未送到的长辈', url: '/admin/study-deliveries/index' },
]
