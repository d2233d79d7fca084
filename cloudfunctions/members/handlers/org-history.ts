import type { OrgHistoryDoc } from '../../../core/model'
import { success } from '../../../core/result'
import type { HandlerContext, HandlerResult } from '../../_core/create-function'
import { findMany } from '../../_core/db'
import { isoOf } from '../../../core/time'

/** The newest 100 changes of one org (renames and moves are rare). */
export async function orgHistory({ data }: HandlerContext<'members', 'orgHistory'>): HandlerResult<'members', 'orgHistory'> {
  const docs = await findMany<OrgHistoryDoc>('orgHistory', { orgId: data.orgId }, { orderBy: [['at', 'desc']], limit: 100 })
  return success({
    items: docs.map((doc) => ({
      id: doc._id,
      orgId: doc.orgId,
      kind: doc.kind,
      before: doc.before,
      after: doc.after,
      byOpenid: doc.byOpenid,
      at: isoOf(doc.at),
    })),
  })
}
