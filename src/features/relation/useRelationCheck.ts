import { useState } from 'react'
import type { RelationCheckStatusResponse } from '@core/contract'
import type { AppError } from '@core/errors'
import { confirmRelationFor, fetchRelationCheckStatus, markLostContact, startRelationCheck } from '../../services/roster'
import { usePagedList } from '../../shared/usePagedList'

type Unanswered = RelationCheckStatusResponse['unanswered'][number]
type Summary = Pick<RelationCheckStatusResponse, 'check' | 'total' | 'confirmed'>
type Outcome = { ok: true } | { ok: false; error: AppError }

/** 组织关系排查: progress of the open check and who in my subtree has not answered (20 a page). */
export function useRelationCheck() {
  const [summary, setSummary] = useState<Summary | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const list = usePagedList<Unanswered>('relationCheck', async (cursor) => {
    const reply = await fetchRelationCheckStatus(cursor ? { cursor } : {})
    if (!reply.ok) return reply
    if (!cursor) setSummary({ check: reply.data.check, total: reply.data.total, confirmed: reply.data.confirmed })
    return { ok: true, data: { items: reply.data.unanswered, nextCursor: reply.data.nextCursor } }
  })

  const act = async (id: string, send: () => Promise<{ ok: boolean; error?: AppError }>, removes: boolean): Promise<Outcome> => {
    setBusyId(id)
    const reply = await send()
    setBusyId(null)
    if (!reply.ok) return { ok: false, error: reply.error! }
    if (removes) {
      list.removeItem((item) => item.id === id)
      setSummary((current) => (current ? { ...current, confirmed: current.confirmed + 1 } : current))
    } else {
      void list.reload()
    }
    return { ok: true }
  }

  return {
    ...list,
    summary,
    busyId,
    start: async (title: string): Promise<Outcome> => {
      const reply = await startRelationCheck(title)
      if (!reply.ok) return { ok: false, error: reply.error }
      await list.reload()
      return { ok: true }
    },
    /** After a phone call: this member is reachable. */
    confirmFor: (memberId: string) => act(memberId, () => confirmRelationFor(memberId), true),
    /** 失联: refused by the server within 6 months of the last contact (MEMBER.RECENT_CONTACT). */
    markLost: (memberId: string) => act(memberId, () => markLostContact(memberId, true), false),
  }
}
