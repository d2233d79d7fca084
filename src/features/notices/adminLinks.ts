import type { AdminLink } from '../admin/adminLinks'

/** The `notices` area's entries in 管理工作台. */
export const NOTICES_ADMIN_LINKS: AdminLink[] = []
