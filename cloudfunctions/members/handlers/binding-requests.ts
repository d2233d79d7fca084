import type { BindingRequestDoc, MemberDoc } from '../../../core/model'
import { success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { findByIds } from '../../_core/db'
import { pageBy, viewPage } from '../../_core/paging'
import { toBindingRequestView } from '../lib/binding'
import { scopeRootId } from '../lib/scope'
import { orgsById } from '../lib/views'

/** The binding requests of the caller's subtree, paged by `_id` (a stable key). */
export const bindingRequests: Handler<'members', 'bindingRequests'> = async ({ data, caller }) => {
  const filter = { status: data.status, orgPath: scopeRootId(caller) }
  const page = await pageBy<BindingRequestDoc>('bindingRequests', filter, { by: '_id', direction: 'asc' }, data)
  if (!page.ok) return page
  const members = await findByIds<MemberDoc>(
    'members',
    page.value.items.map((doc) => doc.memberId),
  )
  const orgs = await orgsById(page.value.items.map((doc) => members.get(doc.memberId)?.orgId ?? doc.orgId))
  return success(viewPage(page.value, (doc) => toBindingRequestView(doc, members.get(doc.memberId) ?? null, orgs)))
}
