import { useState } from 'react'
import type { RequestOf } from '@core/contract'
import type { TicketStatus } from '@core/community/constants'
import { listMembers } from '../../../services/roster'
import {
  acceptTicket,
  closeTicket,
  fetchTicket,
  fetchTicketNumbers,
  fetchTicketQueue,
  fetchWishNumbers,
  progressTicket,
} from '../../../services/community'
import { afterOk } from '../../../shared/outcome'
import { allOf, useLoad } from '../../../shared/useLoad'
import { usePagedList } from '../../../shared/usePagedList'
import { useWrite } from '../../../shared/useWrite'

/** 诉求办理台: the tickets of my subtree by status (all by default). */
export function useTicketQueue() {
  const [status, setStatus] = useState<TicketStatus | 'all'>('reported')
  const list = usePagedList(status, (cursor) => fetchTicketQueue(status === 'all' ? undefined : status, cursor))
  return { status, setStatus, list }
}

/** One ticket on the desk: accept + assign, record progress, close. */
export function useTicketDesk(ticketId: string | null) {
  const ticket = useLoad(ticketId ? `desk:${ticketId}` : null, async () =>
    afterOk(await fetchTicket(ticketId ?? ''), (data) => data.ticket),
  )
  const write = useWrite()
  const id = ticketId ?? ''
  const show = (data: { ticket: NonNullable<typeof ticket.data> }) => ticket.setData(data.ticket)
  const accept = (handler: RequestOf<'community', 'acceptTicket'>['handler'], note: string) =>
    write.run(async () => afterOk(await acceptTicket({ ticketId: id, handler, note }), show), 'accept')
  const progress = (text: string) => write.run(async () => afterOk(await progressTicket({ ticketId: id, text }), show), 'progress')
  const close = (result: string, photos: string[]) =>
    write.run(async () => afterOk(await closeTicket({ ticketId: id, result, photos }), show), 'close')
  return { ticket, accept, progress, close, busyWith: write.busyWith }
}

/** Members of my subtree whose name contains `query` (to assign a ticket to one). */
export function useMemberSearch(query: string) {
  const q = query.trim()
  return useLoad(q ? `members:${q}` : null, () => listMembers({ query: q, limit: 10 }))
}

/** 微心愿 and 民生诉求 numbers of my subtree. */
export function useCommunityNumbers() {
  const wishes = useLoad('wish-numbers', fetchWishNumbers)
  const tickets = useLoad('ticket-numbers', fetchTicketNumbers)
  return allOf({ wishes, tickets })
}
