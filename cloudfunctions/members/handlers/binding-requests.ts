import type { BindingRequestsResponse } from '../../../core/contract/members'
import type { BindingRequestDoc, MemberDoc } from '../../../core/model'
import { success, type Result } from '../../../core/result'
import { decodeCursor, encodeCursor } from '../../../core/rules/roster'
import type { HandlerContext } from '../../_core/create-function'
import { command, findMany } from '../../_core/db'
import { toBindingRequestView } from '../lib/binding'
import { scopeRootId } from '../lib/scope'
import { orgsById } from '../lib/views'

interface Data {
  status: BindingRequestDoc['status']
  cursor?: string
  limit: number
}

/** The binding requests of the caller's subtree, paged by `_id` (a stable key). */
export async function bindingRequests({ data, caller }: HandlerContext<Data>): Promise<Result<BindingRequestsResponse>> {
  const after = data.cursor ? decodeCursor(data.cursor) : null
  const filter: Record<string, unknown> = { status: data.status, orgPath: scopeRootId(caller) }
  if (after) filter._id = command().gt(after)
  const docs = await findMany<BindingRequestDoc>('bindingRequests', filter, { orderBy: [['_id', 'asc']], limit: data.limit + 1 })
  const page = docs.slice(0, data.limit)
  const memberIds = page.map((doc) => doc.memberId)
  const members = memberIds.length
    ? await findMany<MemberDoc>('members', { _id: command().in(memberIds) }, { limit: memberIds.length })
    : []
  const memberById = new Map(members.map((member) => [member._id, member]))
  const orgs = await orgsById(page.map((doc) => memberById.get(doc.memberId)?.orgId ?? doc.orgId))
  return success({
    items: page.map((doc) => toBindingRequestView(doc, memberById.get(doc.memberId) ?? null, orgs)),
    nextCursor: docs.length > data.limit ? encodeCursor(page[page.length - 1]._id) : null,
  })
}
