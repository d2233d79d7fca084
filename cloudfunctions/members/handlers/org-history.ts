import type { OrgHistoryDoc } from '../../../core/model'
import { success, type Result } from '../../../core/result'
import type { HandlerContext } from '../../_core/create-function'
import { findMany } from '../../_core/db'
import { isoNow } from '../lib/views'

type Item = {
  id: string
  orgId: string
  kind: OrgHistoryDoc['kind']
  before: Record<string, unknown> | null
  after: Record<string, unknown>
  byOpenid: string
  at: string
}

/** The newest 100 changes of one org (renames and moves are rare). */
export async function orgHistory({ data }: HandlerContext<{ orgId: string }>): Promise<Result<{ items: Item[] }>> {
  const docs = await findMany<OrgHistoryDoc>('orgHistory', { orgId: data.orgId }, { orderBy: [['at', 'desc']], limit: 100 })
  return success({
    items: docs.map((doc) => ({
      id: doc._id,
      orgId: doc.orgId,
      kind: doc.kind,
      before: doc.before,
      after: doc.after,
      byOpenid: doc.byOpenid,
      at: isoNow(doc.at),
    })),
  })
}
