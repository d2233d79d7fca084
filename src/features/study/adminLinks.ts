import type { AdminLink } from '../admin/adminLinks'

/** The `study` area's entries in 管理工作台. */
export const STUDY_ADMIN_LINKS: AdminLink[] = []
