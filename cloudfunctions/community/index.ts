import { communityActions } from '../../core/contract/community'
import { createFunction } from '../_core/create-function'
import { counts } from './handlers/counts'
import { patrolMembers, setPatrolMember } from './handlers/patrol'
import { escalateOverdue, escalateOverdueTickets, ticketNumbers } from './handlers/ticket-clock'
import { acceptTicket, closeTicket, progressTicket, rateTicket, reopenTicket } from './handlers/ticket-steps'
import { myTickets, problemWall, reportTicket, ticket, ticketQueue } from './handlers/tickets'
import { claimWish, confirmWish, fulfilWish, lapseClaims, lapseDueClaims } from './handlers/wish-claims'
import { wishNumbers } from './handlers/wish-numbers'
import { myWishes, pendingWishes, postWish, reviewWish, wish, wishWall } from './handlers/wishes'

/** 微心愿 and 民生诉求: wishes from post to confirmation, tickets on the 20-working-day clock, 问题墙. */
export const main = createFunction(
  communityActions,
  {
    postWish,
    wishWall,
    wish,
    myWishes,
    pendingWishes,
    counts,
    reviewWish,
    claimWish,
    fulfilWish,
    confirmWish,
    lapseClaims,
    wishNumbers,
    reportTicket,
    myTickets,
    ticket,
    ticketQueue,
    acceptTicket,
    progressTicket,
    closeTicket,
    rateTicket,
    reopenTicket,
    problemWall,
    ticketNumbers,
    escalateOverdue,
    setPatrolMember,
    patrolMembers,
  },
  { onTimer: async () => ({ lapsed: await lapseDueClaims(), escalated: await escalateOverdueTickets() }) },
)
