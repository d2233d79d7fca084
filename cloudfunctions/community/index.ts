import { communityActions } from '../../core/contract/community'
import { createFunction } from '../_core/create-function'
import { counts } from './handlers/counts'
import { claimPost, dualReport, logPostHours, saveServicePost, servicePosts } from './handlers/dual-report'
import {
  closeEvaluation,
  createEvaluation,
  castEvaluation,
  evaluation,
  evaluationRaterChoices,
  evaluationResults,
  evaluations,
  selfAssess,
} from './handlers/evaluations'
import {
  jointMeetings,
  partnerUnits,
  recordJointMeeting,
  savePartnerProject,
  savePartnerUnit,
  setPartnerRepresentative,
} from './handlers/partners'
import { commentTopic, hideComment, topicComments } from './handlers/topic-comments'
import { decideTopic, recordTopicMeeting } from './handlers/topic-decisions'
import { voteTopic } from './handlers/topic-votes'
import { createTopic, proposeTopic, supportTopic, topic, topics } from './handlers/topics'
import { patrolMembers, setPatrolMember } from './handlers/patrol'
import { escalateOverdue, escalateOverdueTickets, ticketNumbers } from './handlers/ticket-clock'
import { acceptTicket, closeTicket, progressTicket, rateTicket, reopenTicket } from './handlers/ticket-steps'
import { myTickets, problemWall, reportTicket, ticket, ticketQueue } from './handlers/tickets'
import { claimWish, confirmWish, fulfilWish, lapseClaims, lapseDueClaims } from './handlers/wish-claims'
import { wishNumbers } from './handlers/wish-numbers'
import { myWishes, pendingWishes, postWish, reviewWish, wish, wishWall } from './handlers/wishes'

/** 微心愿 and 民生诉求, 议事协商, 民主评议, 共驻共建: wishes from post to confirmation, tickets on the 20-working-day clock, 问题墙. */
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
    topics,
    topic,
    createTopic,
    proposeTopic,
    supportTopic,
    voteTopic,
    topicComments,
    commentTopic,
    hideComment,
    decideTopic,
    recordTopicMeeting,
    createEvaluation,
    evaluations,
    evaluation,
    selfAssess,
    castEvaluation,
    closeEvaluation,
    evaluationResults,
    evaluationRaterChoices,
    partnerUnits,
    savePartnerUnit,
    setPartnerRepresentative,
    savePartnerProject,
    jointMeetings,
    recordJointMeeting,
    servicePosts,
    saveServicePost,
    dualReport,
    claimPost,
    logPostHours,
  },
  { onTimer: async () => ({ lapsed: await lapseDueClaims(), escalated: await escalateOverdueTickets() }) },
)
