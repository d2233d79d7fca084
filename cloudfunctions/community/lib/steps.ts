import type { TicketView } from '../../../core/contract/community'
import type { TicketStep } from '../../../core/community/constants'
import type { TicketDoc, TicketEvent } from '../../../core/community/model'
import type { ErrorCode } from '../../../core/errors'
import { failure, success, type Result } from '../../../core/result'
import type { Caller } from '../../_core/caller'
import { inTransaction } from '../../_core/transaction'
import { tellInTx } from './outbox'
import { toTicketView } from './views'

/** What one step changes: the ticket's fields, its timeline entry and what the reporter is told. */
export interface StepChange {
  fields: Partial<TicketDoc>
  event: { step: TicketStep; byName: string; byRole: string; text: string }
  /** Told to the reporter; null for a step they took themselves. */
  tell: string | null
}

/**
 * Moves a ticket one step, in one transaction: `decide` sees the ticket as stored and answers the
 * change (or a refusal, or `same` — a repeat of a step already taken, answered with the ticket
 * unchanged). The timeline entry and the outbox message (id: ticket + timeline position) land with it.
 */
export async function stepTicket(
  ticketId: string,
  caller: Caller,
  decide: (ticket: TicketDoc) => StepChange | 'same' | ErrorCode,
  audit?: string,
): Promise<Result<{ ticket: TicketView }>> {
  return inTransaction(async (work) => {
    const ticket = await work.get<TicketDoc>('tickets', ticketId)
    if (!ticket) return failure('COMMON.NOT_FOUND')
    const change = decide(ticket)
    if (change === 'same') return success({ ticket: toTicketView(ticket, caller) })
    if (typeof change === 'string') return failure(change)
    const now = new Date()
    const event: TicketEvent = { ...change.event, at: now }
    const position = ticket.timeline.length
    work.patch('tickets', ticket._id, { ...change.fields, timeline: [...ticket.timeline, event], updatedAt: now })
    if (change.tell)
      tellInTx(work, {
        _id: `ticket:${ticket._id}:${position}`,
        type: 'ticket',
        ref: ticket._id,
        toId: ticket.reporterId,
        toOpenid: ticket.reporterOpenid,
        text: `您反映的「${ticket.number}」${change.tell}`,
      })
    if (audit) work.audit(caller, audit, ticket._id, { step: change.event.step })
    return success({ ticket: toTicketView(ticket, caller) })
  })
}
