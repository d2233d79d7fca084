import { RATING_LABELS } from '../../../core/community/constants'
import type { TicketDoc, TicketHandler } from '../../../core/community/model'
import { ticketDueDay } from '../../../core/community/working-days'
import type { MemberDoc } from '../../../core/model'
import { failure } from '../../../core/result'
import { ROLE_LABELS } from '../../../core/roles'
import { beijingDay, toDate } from '../../../core/time'
import { managesOrgPath, type Caller } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { findById } from '../../_core/db'
import { actorName } from '../../_core/person'
import { screenUserContent } from '../lib/screen'
import { stepTicket } from '../lib/steps'
import { isReporter, reopenDeadline } from '../lib/views'

/** The managers' steps: accept and assign (starts the 20-working-day clock), progress, close. */
const byManager = (caller: Caller) => ({ byName: actorName(caller), byRole: ROLE_LABELS[caller.role] })
const open = (ticket: TicketDoc) => ticket.status === 'accepted' || ticket.status === 'inProgress'

/** A manager's step on an accepted or in-progress ticket of their scope (anyone else's: NOT_FOUND). */
function stepOpenTicket(ticketId: string, caller: Caller, step: Parameters<typeof stepTicket>[2], audit: string) {
  return stepTicket(
    ticketId,
    caller,
    (ticket) => {
      if (!managesOrgPath(caller, ticket.scopePath)) return 'COMMON.NOT_FOUND'
      if (!open(ticket)) return 'TICKET.WRONG_STATE'
      return step(ticket)
    },
    audit,
  )
}

export const acceptTicket: Handler<'community', 'acceptTicket'> = async ({ data, caller }) => {
  let handler: TicketHandler
  if (data.handler.kind === 'person') {
    const member = await findById<MemberDoc>('members', data.handler.memberId)
    if (!member || member.archived) return failure('TICKET.HANDLER_NOT_FOUND')
    handler = { kind: 'person', memberId: member._id, name: member.name }
  } else {
    const screened = await screenUserContent(caller, [data.handler.name])
    if (!screened.ok) return screened
    handler = { kind: 'unit', name: data.handler.name }
  }
  const acceptedDay = beijingDay(new Date())
  const dueDay = ticketDueDay(acceptedDay)
  return stepTicket(
    data.ticketId,
    caller,
    (ticket) => {
      if (!managesOrgPath(caller, ticket.scopePath)) return 'COMMON.NOT_FOUND'
      if (ticket.status !== 'reported') return 'TICKET.WRONG_STATE'
      const note = data.note ? `；${data.note}` : ''
      return {
        fields: { status: 'accepted', handler, acceptedDay, dueDay },
        event: { step: 'accept', ...byManager(caller), text: `受理，交由「${handler.name}」办理，${dueDay} 前办结${note}` },
        tell: `已受理，交由${handler.name}办理，承诺 20 个工作日内（${dueDay} 前）办结。`,
      }
    },
    'community.acceptTicket',
  )
}

export const progressTicket: Handler<'community', 'progressTicket'> = async ({ data, caller }) => {
  const screened = await screenUserContent(caller, [data.text])
  if (!screened.ok) return screened
  return stepOpenTicket(
    data.ticketId,
    caller,
    () => ({
      fields: { status: 'inProgress' },
      event: { step: 'progress', ...byManager(caller), text: data.text },
      tell: `正在办理：${data.text}`,
    }),
    'community.progressTicket',
  )
}

export const closeTicket: Handler<'community', 'closeTicket'> = async ({ data, caller }) => {
  const screened = await screenUserContent(caller, [data.result], data.photos)
  if (!screened.ok) return screened
  return stepOpenTicket(
    data.ticketId,
    caller,
    (ticket) => {
      const now = new Date()
      const reportedAt = toDate(ticket.reportedAt) ?? now
      return {
        fields: {
          status: 'closed',
          closedAt: now,
          daysToClose: Math.max(0, Math.round((now.getTime() - reportedAt.getTime()) / 86_400_000)),
          result: data.result,
          resultPhotos: data.photos,
        },
        event: { step: 'close', ...byManager(caller), text: data.result },
        tell: `已办结：${data.result}。请在小程序中评价办理结果。`,
      }
    },
    'community.closeTicket',
  )
}

/** The reporter's steps: rate a closed ticket (once), or reopen it within 7 days of closing. */
export const rateTicket: Handler<'community', 'rateTicket'> = async ({ data, caller }) => {
  const screened = await screenUserContent(caller, [data.comment])
  if (!screened.ok) return screened
  return stepTicket(data.ticketId, caller, (ticket) => {
    if (!isReporter(ticket, caller)) return 'TICKET.NOT_REPORTER'
    if (ticket.status === 'rated') return 'same'
    if (ticket.status !== 'closed') return 'TICKET.WRONG_STATE'
    const comment = data.comment ? `：${data.comment}` : ''
    return {
      fields: { status: 'rated', rating: data.rating, ratingComment: data.comment || null },
      event: {
        step: 'rate',
        byName: actorName(caller),
        byRole: '反映人',
        text: `${data.rating} 星（${RATING_LABELS[data.rating]}）${comment}`,
      },
      tell: null,
    }
  })
}

export const reopenTicket: Handler<'community', 'reopenTicket'> = async ({ data, caller }) => {
  const screened = await screenUserContent(caller, [data.reason])
  if (!screened.ok) return screened
  return stepTicket(data.ticketId, caller, (ticket) => {
    if (!isReporter(ticket, caller)) return 'TICKET.NOT_REPORTER'
    if (ticket.status !== 'closed' && ticket.status !== 'rated') return 'TICKET.WRONG_STATE'
    const until = reopenDeadline(ticket)
    if (!until || until <= new Date()) return 'TICKET.REOPEN_EXPIRED'
    return {
      fields: { status: 'inProgress', closedAt: null, daysToClose: null, rating: null, ratingComment: null, reopens: ticket.reopens + 1 },
      event: { step: 'reopen', byName: actorName(caller), byRole: '反映人', text: `申请重新办理：${data.reason}` },
      tell: null,
    }
  })
}
