import { useRef } from 'react'
import type { TicketCategory, TicketKind } from '@core/community/constants'
import { fetchMyTickets, fetchProblemWall, fetchTicket, rateTicket, reopenTicket, reportTicket } from '../../services/community'
import { newAttemptId } from '../../shared/attemptId'
import { afterOk } from '../../shared/outcome'
import { useDraft } from '../../shared/useDraft'
import { useLoad } from '../../shared/useLoad'
import { usePagedList } from '../../shared/usePagedList'
import { useWrite } from '../../shared/useWrite'

export interface TicketDraft {
  kind: TicketKind
  category: TicketCategory | ''
  building: string
  text: string
  photos: string[]
}

/** 反映问题: one attempt id per report, so a re-sent report stores one ticket. */
/** `forPersonId`: a helper reporting for their paired elder (the elder is the reporter, the helper recorded). */
export function useReportTicket(building: string, forPersonId?: string) {
  const empty: TicketDraft = { kind: 'report', category: '', building, text: '', photos: [] }
  const { draft, setDraft, change, bind } = useDraft<TicketDraft>(empty)
  const write = useWrite()
  const requestId = useRef(newAttemptId())
  const submit = (category: TicketCategory) =>
    write.run(async () =>
      afterOk(
        await reportTicket({
          requestId: requestId.current,
          kind: draft.kind,
          category,
          building: draft.building.trim(),
          text: draft.text.trim(),
          photos: draft.photos,
          ...(forPersonId ? { forPersonId } : {}),
        }),
        (data) => {
          requestId.current = newAttemptId()
          setDraft(empty)
          return data.ticket
        },
      ),
    )
  return { draft, change, bind, submit, busy: write.busy }
}

export function useMyTickets() {
  return usePagedList('my-tickets', (cursor) => fetchMyTickets(cursor))
}

export function useProblemWall() {
  return usePagedList('problem-wall', (cursor) => fetchProblemWall(cursor))
}

/** One ticket with its timeline; the reporter rates it or asks for it to be handled again. */
export function useTicket(ticketId: string | null) {
  const ticket = useLoad(ticketId ? `ticket:${ticketId}` : null, async () =>
    afterOk(await fetchTicket(ticketId ?? ''), (data) => data.ticket),
  )
  const write = useWrite()
  const rate = (rating: number, comment: string) =>
    write.run(
      async () => afterOk(await rateTicket({ ticketId: ticketId ?? '', rating, comment }), (data) => ticket.setData(data.ticket)),
      'rate',
    )
  const reopen = (reason: string) =>
    write.run(
      async () => afterOk(await reopenTicket({ ticketId: ticketId ?? '', reason }), (data) => ticket.setData(data.ticket)),
      'reopen',
    )
  return { ticket, rate, reopen, busyWith: write.busyWith }
}
