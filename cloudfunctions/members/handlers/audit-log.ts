import type { AuditLogEntry } from '../../../core/contract/members'
import type { AuditLogDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { decodeCursor, encodeCursor } from '../../../core/rules/roster'
import type { HandlerContext } from '../../_core/create-function'
import { command, findMany } from '../../_core/db'
import { isoNow } from '../lib/views'

/** Newest first; keyset on (at, _id) so entries with the same timestamp are neither skipped nor repeated. */
export async function auditLog({
  data,
}: HandlerContext<{ cursor?: string; limit: number }>): Promise<Result<{ items: AuditLogEntry[]; nextCursor: string | null }>> {
  const _ = command()
  let filter: Record<string, unknown> = {}
  if (data.cursor) {
    const key = decodeCursor(data.cursor)
    const [ms, id] = key ? [Number(key.slice(0, key.indexOf('|'))), key.slice(key.indexOf('|') + 1)] : [NaN, '']
    if (!Number.isFinite(ms) || !id) return failure('COMMON.VALIDATION', 'cursor：取值无效', 'cursor')
    const at = new Date(ms)
    filter = _.or([{ at: _.lt(at) }, { at, _id: _.lt(id) }]) as unknown as Record<string, unknown>
  }
  const docs = await findMany<AuditLogDoc>('auditLogs', filter, {
    orderBy: [
      ['at', 'desc'],
      ['_id', 'desc'],
    ],
    limit: data.limit + 1,
  })
  const page = docs.slice(0, data.limit)
  const last = page[page.length - 1]
  return success({
    items: page.map((doc) => ({
      id: doc._id,
      actorOpenid: doc.actorOpenid,
      actorRole: doc.actorRole,
      action: doc.action,
      target: doc.target,
      at: isoNow(doc.at),
      detail: doc.detail ?? null,
    })),
    nextCursor: docs.length > data.limit && last ? encodeCursor(`${new Date(last.at).getTime()}|${last._id}`) : null,
  })
}
