import type { AdminLink } from '../admin/adminLinks'

/** The `points` area's entries in 管理工作台. */
export const POINTS_ADMIN_LINKS: AdminLink[] = []
