import type { OrgHistoryDoc } from '../../../core/model'
import { success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { findMany } from '../../_core/db'
import { isoOf } from '../../../core/time'

/** The newest 100 changes of one org (renames and moves are rare). */
export const orgHistory: Handler<'members', 'orgHistory'> = async ({ data }) => {
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
