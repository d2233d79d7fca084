import { useState } from 'react'
import type { RelationCheckStatusResponse } from '@core/contract'
import type { Reply } from '@core/envelope'
import { confirmRelationFor, fetchRelationCheckStatus, markLostContact, startRelationCheck } from '../../services/roster'
import { afterOk } from '../../shared/outcome'
import { usePagedList } from '../../shared/usePagedList'
import { useWrite } from '../../shared/useWrite'

type Unanswered = RelationCheckStatusResponse['unanswered'][number]
type Summary = Pick<RelationCheckStatusResponse, 'check' | 'total' | 'confirmed'>

/** 组织关系排查: progress of the open check and who in my subtree has not answered (20 a page). */
export function useRelationCheck() {
  const [summary, setSummary] = useState<Summary | null>(null)
  const write = useWrite()
  const list = usePagedList<Unanswered>('relationCheck', async (cursor) => {
    const reply = await fetchRelationCheckStatus(cursor ? { cursor } : {})
    if (!reply.ok) return reply
    if (!cursor) setSummary({ check: reply.data.check, total: reply.data.total, confirmed: reply.data.confirmed })
    return { ok: true, data: { items: reply.data.unanswered, nextCursor: reply.data.nextCursor } }
  })

  /** A write about one member: confirmed ones leave the list at once; anything else reloads it. */
  const act = (memberId: string, send: () => Promise<Reply<unknown>>, answered: boolean) =>
    write.run(
      async () =>
        afterOk(await send(), async () => {
          if (!answered) return list.reload()
          list.removeItem((item) => item.id === memberId)
          setSummary((current) => (current ? { ...current, confirmed: current.confirmed + 1 } : current))
        }),
      memberId,
    )

  return {
    ...list,
    /** The open check's progress as a load (from the first page), for `<Loaded>`. */
    summary: { data: summary, error: summary ? null : list.error, loading: list.loading, reload: list.reload },
    busyId: write.busyWith,
    start: (title: string) => write.run(async () => afterOk(await startRelationCheck(title), list.reload), 'start'),
    /** After a phone call: this member is reachable. */
    confirmFor: (memberId: string) => act(memberId, () => confirmRelationFor(memberId), true),
    /** 失联: refused by the server within 6 months of the last contact (MEMBER.RECENT_CONTACT). */
    markLost: (memberId: string) => act(memberId, () => markLostContact(memberId, true), false),
  }
}
