import type { AuditLogDoc } from '../../../core/model'
import { success } from '../../../core/result'
import { isoOf } from '../../../core/time'
import type { Handler } from '../../_core/create-function'
import { pageBy, viewPage } from '../../_core/paging'

/** Newest first; entries with the same timestamp are neither skipped nor repeated (`_id` breaks ties). */
export const auditLog: Handler<'members', 'auditLog'> = async ({ data }) => {
  const page = await pageBy<AuditLogDoc>('auditLogs', {}, { by: 'at', direction: 'desc' }, data)
  if (!page.ok) return page
  return success(
    viewPage(page.value, (doc) => ({
      id: doc._id,
      actorOpenid: doc.actorOpenid,
      actorRole: doc.actorRole,
      action: doc.action,
      target: doc.target,
      at: isoOf(doc.at),
      detail: doc.detail ?? null,
    })),
  )
}
