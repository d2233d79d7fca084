import type { MemberListResponse } from '../../../core/contract/members'
import type { MemberDoc } from '../../../core/model'
import type { MemberCategory, MemberStatus } from '../../../core/roles'
import { failure, success, type Result } from '../../../core/result'
import { decodeCursor, encodeCursor } from '../../../core/rules/roster'
import type { HandlerContext } from '../../_core/create-function'
import { command, countWhere, findMany, getDbRegExp } from '../lib/query'
import { loadOrgInScope, scopeRootId } from '../lib/scope'
import { orgsById, toListItem } from '../lib/views'

interface ListData {
  query?: string
  orgId?: string
  category?: MemberCategory
  elder?: boolean
  status?: MemberStatus
  archived: boolean
  cursor?: string
  limit: number
}

/**
 * The roster of the caller's subtree, in name order, 20 at a time. Paging is by keyset: the next page
 * is `sortKey > cursor` on the sortKey index, so page 400 costs what page 1 costs.
 */
export async function list({ data, caller }: HandlerContext<ListData>): Promise<Result<MemberListResponse>> {
  let rootId = scopeRootId(caller)
  if (data.orgId) {
    const org = await loadOrgInScope(caller, data.orgId)
    if (!org.ok) return org
    rootId = org.value._id
  }
  let after: string | null = null
  if (data.cursor) {
    after = decodeCursor(data.cursor)
    if (!after) return failure('COMMON.VALIDATION', 'cursor：取值无效', 'cursor')
  }

  const filter: Record<string, unknown> = { orgPath: rootId, archived: data.archived }
  if (data.category) filter.category = data.category
  if (data.elder !== undefined) filter.elder = data.elder
  if (data.status) filter.status = data.status
  if (data.query) filter.name = getDbRegExp(escapeRegExp(data.query))
  const pageFilter = after ? { ...filter, sortKey: command().gt(after) } : filter

  const [docs, total] = await Promise.all([
    findMany<MemberDoc>('members', pageFilter, { orderBy: [['sortKey', 'asc']], limit: data.limit + 1 }),
    after ? Promise.resolve(null) : countWhere('members', filter),
  ])
  const page = docs.slice(0, data.limit)
  const orgs = await orgsById(page.map((member) => member.orgId))
  return success({
    // The list is manager-only and confined to the caller's subtree, so phones are shown in full.
    items: page.map((member) => toListItem(member, orgs, true)),
    nextCursor: docs.length > data.limit ? encodeCursor(page[page.length - 1].sortKey!) : null,
    total,
  })
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
