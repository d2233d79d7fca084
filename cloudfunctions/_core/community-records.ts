import { NEW_TICKET, NEW_WISH } from '../../core/community/defaults'
import type { TicketCategory, TicketKind } from '../../core/community/constants'
import type { TicketDoc, WishDoc } from '../../core/community/model'
import { beijingDay } from '../../core/time'
import type { TxWork } from './transaction'

/**
 * How a 微心愿 and a 民生诉求 ticket come into being, inside the caller's unit of work: the community
 * function's post and report, and the care function's "turn this need into a wish / ticket". The
 * caller has checked who may, screened the text and chosen the idempotent `_id`.
 */
export interface NewWish {
  title: string
  text: string
  needBy: string
  photo: string | null
  wisher: { id: string; name: string }
  poster: { id: string; name: string }
  orgPath: string[]
}

export function createWish(work: TxWork, wishId: string, wish: NewWish): WishDoc {
  const now = new Date()
  return work.create<WishDoc>('wishes', wishId, {
    title: wish.title,
    text: wish.text,
    needBy: wish.needBy,
    photo: wish.photo,
    wisherId: wish.wisher.id,
    wisherName: wish.wisher.name,
    posterId: wish.poster.id,
    posterName: wish.poster.name,
    orgPath: wish.orgPath,
    status: 'pending',
    ...NEW_WISH,
    postedAt: now,
    updatedAt: now,
  })
}

export interface NewTicket {
  kind: TicketKind
  category: TicketCategory
  building: string
  text: string
  photos: string[]
  reporter: { id: string; name: string; openid: string }
  scopePath: string[]
  /** The first timeline step: who reported it in what capacity, and how. */
  byRole: string
  stepText: string
  /** The last 4 characters make the ticket's short number. */
  numberTail: string
  /** A paired helper who reported it for the elder (the reporter). */
  byHelper?: { id: string; name: string }
}

export function createTicket(work: TxWork, ticketId: string, ticket: NewTicket): TicketDoc {
  const now = new Date()
  return work.create<TicketDoc>('tickets', ticketId, {
    number: `MS-${beijingDay(now).replace(/-/g, '')}-${ticket.numberTail.slice(-4).toUpperCase()}`,
    kind: ticket.kind,
    category: ticket.category,
    building: ticket.building,
    text: ticket.text,
    photos: ticket.photos,
    reporterId: ticket.reporter.id,
    reporterName: ticket.reporter.name,
    reporterOpenid: ticket.reporter.openid,
    byHelperId: ticket.byHelper?.id ?? null,
    byHelperName: ticket.byHelper?.name ?? null,
    scopePath: ticket.scopePath,
    status: 'reported',
    ...NEW_TICKET,
    timeline: [{ step: 'report', at: now, byName: ticket.reporter.name, byRole: ticket.byRole, text: ticket.stepText }],
    reportedAt: now,
    updatedAt: now,
  })
}
