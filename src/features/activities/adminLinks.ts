import type { AdminLink } from '../admin/adminLinks'

/** The `activities` area's entries in 管理工作台. */
export const ACTIVITIES_ADMIN_LINKS: AdminLink[] = []
