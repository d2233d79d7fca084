import type { ManagedNoticeItem } from '../../../core/contract/notices'
import type { NoticeDoc } from '../../../core/notices/model'
import { failure, success, type Result } from '../../../core/result'
import { decodeCursor, encodeCursor } from '../../../core/rules/roster'
import type { HandlerContext } from '../../_core/create-function'
import { command, findMany } from '../../_core/db'
import { toManagedItem } from '../lib/views'

/** Notices the caller manages: the admin all of them; a secretary those inside their subtree. */
export async function manageList({
  data,
  caller,
}: HandlerContext<{ status: 'published' | 'withdrawn'; cursor?: string; limit: number }>): Promise<
  Result<{ items: ManagedNoticeItem[]; nextCursor: string | null }>
> {
  const after = data.cursor ? decodeCursor(data.cursor) : null
  if (data.cursor && !after) return failure('COMMON.VALIDATION', 'cursor：取值无效', 'cursor')
  const filter: Record<string, unknown> = { status: data.status }
  if (caller.role !== 'admin') filter.scopePath = caller.scopeOrg!._id
  if (after) filter.sortKey = command().lt(after)
  const docs = await findMany<NoticeDoc>('notices', filter, { orderBy: [['sortKey', 'desc']], limit: data.limit + 1 })
  const page = docs.slice(0, data.limit)
  const now = new Date()
  return success({
    items: page.map((notice) => toManagedItem(notice, now)),
    nextCursor: docs.length > data.limit ? encodeCursor(page[page.length - 1].sortKey) : null,
  })
}
