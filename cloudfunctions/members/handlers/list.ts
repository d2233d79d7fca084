import type { MemberDoc } from '../../../core/model'
import { success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { countWhere } from '../../_core/db'
import { pageBy, viewPage } from '../../_core/paging'
import { containing } from '../lib/query'
import { rootInScope } from '../lib/scope'
import { orgsById, toListItem } from '../lib/views'

/**
 * The roster of the caller's subtree, in name order, 20 at a time. Paging is by keyset on the unique
 * sortKey index, so page 400 costs what page 1 costs; the first page also counts the whole list.
 */
export const list: Handler<'members', 'list'> = async ({ data, caller }) => {
  const rootId = await rootInScope(caller, data.orgId)
  if (!rootId.ok) return rootId
  const filter: Record<string, unknown> = { orgPath: rootId.value, archived: data.archived }
  if (data.category) filter.category = data.category
  if (data.elder !== undefined) filter.elder = data.elder
  if (data.status) filter.status = data.status
  if (data.query) filter.name = containing(data.query)

  const [page, total] = await Promise.all([
    pageBy<MemberDoc>('members', filter, { by: 'sortKey', direction: 'asc', unique: true }, data),
    data.cursor ? Promise.resolve(null) : countWhere('members', filter),
  ])
  if (!page.ok) return page
  const orgs = await orgsById(page.value.items.map((member) => member.orgId))
  // The list is manager-only and confined to the caller's subtree, so phones are shown in full.
  return success({ ...viewPage(page.value, (member) => toListItem(member, orgs, true)), total })
}
