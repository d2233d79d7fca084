import type { RequestOf } from '@core/contract'
import { call } from './call'

/** 微心愿 · 民生诉求 (function `community`): one typed call per action. */

const paged = (cursor?: string) => (cursor ? { cursor } : {})

export const fetchWishWall = (status: 'open' | 'claimed' | 'confirmed', cursor?: string) =>
  call('community', 'wishWall', { status, ...paged(cursor) })
export const fetchMyWishes = (part: 'wisher' | 'claimant', cursor?: string) => call('community', 'myWishes', { part, ...paged(cursor) })
export const fetchWish = (wishId: string) => call('community', 'wish', { wishId })
export const postWish = (data: RequestOf<'community', 'postWish'>) => call('community', 'postWish', data)
export const claimWish = (wishId: string) => call('community', 'claimWish', { wishId })
export const fulfilWish = (data: RequestOf<'community', 'fulfilWish'>) => call('community', 'fulfilWish', data)
export const confirmWish = (wishId: string) => call('community', 'confirmWish', { wishId })
export const fetchPendingWishes = (cursor?: string) => call('community', 'pendingWishes', paged(cursor))
export const reviewWish = (data: RequestOf<'community', 'reviewWish'>) => call('community', 'reviewWish', data)
export const fetchWishNumbers = () => call('community', 'wishNumbers', {})

export const reportTicket = (data: RequestOf<'community', 'reportTicket'>) => call('community', 'reportTicket', data)
export const fetchMyTickets = (cursor?: string) => call('community', 'myTickets', paged(cursor))
export const fetchTicket = (ticketId: string) => call('community', 'ticket', { ticketId })
export const fetchTicketQueue = (status: RequestOf<'community', 'ticketQueue'>['status'], cursor?: string) =>
  call('community', 'ticketQueue', { ...(status ? { status } : {}), ...paged(cursor) })
export const acceptTicket = (data: RequestOf<'community', 'acceptTicket'>) => call('community', 'acceptTicket', data)
export const progressTicket = (data: RequestOf<'community', 'progressTicket'>) => call('community', 'progressTicket', data)
export const closeTicket = (data: RequestOf<'community', 'closeTicket'>) => call('community', 'closeTicket', data)
export const rateTicket = (data: RequestOf<'community', 'rateTicket'>) => call('community', 'rateTicket', data)
export const reopenTicket = (data: RequestOf<'community', 'reopenTicket'>) => call('community', 'reopenTicket', data)
export const fetchProblemWall = (cursor?: string) => call('community', 'problemWall', paged(cursor))
export const fetchTicketNumbers = () => call('community', 'ticketNumbers', {})
/** 首页 待办: wishes to review, tickets to accept (managers). */
export const fetchCommunityCounts = () => call('community', 'counts', {})
