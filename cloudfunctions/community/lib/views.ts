import type { ProblemWallItem, TicketView, WishView } from '../../../core/contract/community'
import { TICKET_REOPEN_DAYS } from '../../../core/community/constants'
import type { TicketDoc, WishDoc } from '../../../core/community/model'
import { clockStateOf, workingDaysLeft } from '../../../core/community/working-days'
import { maskName } from '../../../core/mask'
import { beijingDay, isoOf, isoOrNull, toDate } from '../../../core/time'
import { managesOrgPath, type Caller } from '../../_core/caller'
import { personOf } from '../../_core/person'

/** The caller's person id ('' for a visitor) and the elders they help. */
function whoIs(caller: Caller): { personId: string; elderIds: string[] } {
  return { personId: personOf(caller)?.id ?? '', elderIds: caller.member?.pairedElderIds ?? [] }
}

/** The wisher, their poster or (by the helper's own list) their helper; the claimant; or nobody. */
export function partIn(wish: WishDoc, caller: Caller): WishView['myPart'] {
  const { personId, elderIds } = whoIs(caller)
  if (!personId) return null
  if (personId === wish.wisherId || personId === wish.posterId || elderIds.includes(wish.wisherId)) return 'wisher'
  return wish.claimantId === personId ? 'claimant' : null
}

export function toWishView(wish: WishDoc, caller: Caller): WishView {
  const myPart = partIn(wish, caller)
  const seesNames = myPart !== null || managesOrgPath(caller, wish.orgPath)
  return {
    id: wish._id,
    title: wish.title,
    text: wish.text,
    needBy: wish.needBy,
    photo: wish.photo,
    status: wish.status,
    wisherName: seesNames ? wish.wisherName : maskName(wish.wisherName),
    claimantName: wish.claimantName ? (seesNames ? wish.claimantName : maskName(wish.claimantName)) : null,
    fulfilPhoto: wish.fulfilPhoto,
    fulfilNote: wish.fulfilNote,
    reason: myPart === 'wisher' || seesNames ? wish.reason : null,
    lapses: wish.lapses,
    postedAt: isoOf(wish.postedAt),
    claimedAt: isoOrNull(wish.claimedAt),
    fulfilledAt: isoOrNull(wish.fulfilledAt),
    confirmedAt: isoOrNull(wish.confirmedAt),
    myPart,
  }
}

/** The reporter — or the paired helper who reported it for them, and acts for them on it (rate, reopen). */
export function isReporter(ticket: TicketDoc, caller: Caller): boolean {
  const personId = whoIs(caller).personId
  if (personId !== '' && personId === ticket.reporterId) return true
  return Boolean(ticket.byHelperId) && caller.member?._id === ticket.byHelperId
}

/** When the reporter may no longer reopen a closed ticket. */
export function reopenDeadline(ticket: TicketDoc): Date | null {
  const closedAt = toDate(ticket.closedAt)
  if (!closedAt || (ticket.status !== 'closed' && ticket.status !== 'rated')) return null
  return new Date(closedAt.getTime() + TICKET_REOPEN_DAYS * 86_400_000)
}

export function toTicketView(ticket: TicketDoc, caller: Caller, now = new Date()): TicketView {
  const mine = isReporter(ticket, caller)
  const closed = ticket.status === 'closed' || ticket.status === 'rated'
  const today = beijingDay(now)
  const until = reopenDeadline(ticket)
  return {
    id: ticket._id,
    number: ticket.number,
    kind: ticket.kind,
    category: ticket.category,
    building: ticket.building,
    text: ticket.text,
    photos: ticket.photos,
    reporterName: mine || managesOrgPath(caller, ticket.scopePath) ? ticket.reporterName : maskName(ticket.reporterName),
    status: ticket.status,
    handler: ticket.handler ? { kind: ticket.handler.kind, name: ticket.handler.name } : null,
    acceptedDay: ticket.acceptedDay,
    dueDay: ticket.dueDay,
    clock: clockStateOf(ticket.dueDay, today, closed),
    workingDaysLeft: ticket.dueDay && !closed ? workingDaysLeft(ticket.dueDay, today) : null,
    escalated: ticket.escalatedAt !== null,
    closedAt: isoOrNull(ticket.closedAt),
    daysToClose: ticket.daysToClose,
    result: ticket.result,
    resultPhotos: ticket.resultPhotos,
    rating: ticket.rating,
    ratingComment: ticket.ratingComment,
    reopens: ticket.reopens,
    reopenUntil: until && until > now ? until.toISOString() : null,
    timeline: ticket.timeline.map((event) => ({ ...event, at: isoOf(event.at) })),
    reportedAt: isoOf(ticket.reportedAt),
    mine,
  }
}

export function toWallItem(ticket: TicketDoc): ProblemWallItem {
  return {
    id: ticket._id,
    number: ticket.number,
    category: ticket.category,
    building: ticket.building,
    text: ticket.text,
    result: ticket.result ?? '',
    resultPhotos: ticket.resultPhotos,
    reporterName: maskName(ticket.reporterName),
    handlerName: ticket.handler?.name ?? '',
    closedAt: isoOf(ticket.closedAt),
    daysToClose: ticket.daysToClose ?? 0,
    rating: ticket.rating,
  }
}
