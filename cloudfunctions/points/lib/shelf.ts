import type { Caller } from '../../_core/caller'
import { findMany } from '../../_core/db'

/**
 * A catalogue the admin keeps (good-deed categories, 公益集市 rewards): active items in display order;
 * the admin, when asking, also gets the ones switched off, after the active ones.
 */
export function shelf<T>(name: 'pointCategories' | 'pointRewards', caller: Caller, includeInactive: boolean, limit = 100): Promise<T[]> {
  const all = includeInactive && caller.role === 'admin'
  return findMany<T>(name, all ? {} : { active: true }, {
    orderBy: [
      ['active', 'desc'],
      ['sort', 'asc'],
    ],
    limit,
  })
}
