import type { RelationCheckStatusResponse } from '@core/contract'
import type { Reply } from '@core/envelope'
import { confirmRelationFor, fetchRelationCheckStatus, markLostContact, startRelationCheck } from '../../services/roster'
import { afterOk } from '../../shared/outcome'
import { usePagedListWithSummary } from '../../shared/usePagedList'
import { useWrite } from '../../shared/useWrite'

type Unanswered = RelationCheckStatusResponse['unanswered'][number]
type Summary = Pick<RelationCheckStatusResponse, 'check' | 'total' | 'confirmed'>

/** 组织关系排查: progress of the open check and who in my subtree has not answered (20 a page). */
export function useRelationCheck() {
  const write = useWrite()
  const { list, summary, setSummary } = usePagedListWithSummary(
    'relationCheck',
    (cursor) => fetchRelationCheckStatus(cursor ? { cursor } : {}),
    (data): { items: Unanswered[]; summary: Summary } => ({
      items: data.unanswered,
      summary: { check: data.check, total: data.total, confirmed: data.confirmed },
    }),
  )

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
    summary,
    busyId: write.busyWith,
    start: (title: string) => write.run(async () => afterOk(await startRelationCheck(title), list.reload), 'start'),
    /** After a phone call: this member is reachable. */
    confirmFor: (memberId: string) => act(memberId, () => confirmRelationFor(memberId), true),
    /** 失联: refused by the server within 6 months of the last contact (MEMBER.RECENT_CONTACT). */
    markLost: (memberId: string) => act(memberId, () => markLostContact(memberId, true), false),
  }
}
