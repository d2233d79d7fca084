import type { NoticeDoc } from '../../../core/notices/model'
import { success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { pageBy, viewPage } from '../../_core/paging'
import { toManagedItem } from '../lib/views'

/** Notices the caller manages: the admin all of them; a secretary those inside their subtree. */
export const manageList: Handler<'notices', 'manageList'> = async ({ data, caller }) => {
  const filter: Record<string, unknown> = { status: data.status }
  if (caller.role !== 'admin') filter.scopePath = caller.scopeOrg!._id
  const page = await pageBy<NoticeDoc>('notices', filter, { by: 'sortKey', direction: 'desc', unique: true }, data)
  if (!page.ok) return page
  const now = new Date()
  return success(viewPage(page.value, (notice) => toManagedItem(notice, now)))
}
