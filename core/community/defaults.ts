import type { TicketDoc, WishDoc } from './model'

/** What a new wish holds before anyone reviews, claims or fulfils it (the function and the demo seed alike). */
export const NEW_WISH: Pick<
  WishDoc,
  | 'reason'
  | 'reviewedByOpenid'
  | 'claimantId'
  | 'claimantName'
  | 'openedAt'
  | 'claimedAt'
  | 'fulfilPhoto'
  | 'fulfilNote'
  | 'fulfilledAt'
  | 'confirmedAt'
  | 'lapses'
> = {
  reason: null,
  reviewedByOpenid: null,
  claimantId: null,
  claimantName: null,
  openedAt: null,
  claimedAt: null,
  fulfilPhoto: null,
  fulfilNote: null,
  fulfilledAt: null,
  confirmedAt: null,
  lapses: 0,
}

/** What a new ticket holds before it is accepted. */
export const NEW_TICKET: Pick<
  TicketDoc,
  | 'handler'
  | 'acceptedDay'
  | 'dueDay'
  | 'closedAt'
  | 'daysToClose'
  | 'result'
  | 'resultPhotos'
  | 'rating'
  | 'ratingComment'
  | 'reopens'
  | 'escalatedAt'
> = {
  handler: null,
  acceptedDay: null,
  dueDay: null,
  closedAt: null,
  daysToClose: null,
  result: null,
  resultPhotos: [],
  rating: null,
  ratingComment: null,
  reopens: 0,
  escalatedAt: null,
}
