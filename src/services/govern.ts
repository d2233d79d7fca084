import type { RequestOf } from '@core/contract'
import { call } from './call'

/** 议事协商 · 民主评议 · 共驻共建 (function `community`): one typed call per action. */

const paged = (cursor?: string) => (cursor ? { cursor } : {})

export const fetchTopics = (filter: Omit<RequestOf<'community', 'topics'>, 'cursor' | 'limit'>, cursor?: string) =>
  call('community', 'topics', { ...filter, ...paged(cursor) })
export const fetchTopic = (topicId: string) => call('community', 'topic', { topicId })
export const createTopic = (data: RequestOf<'community', 'createTopic'>) => call('community', 'createTopic', data)
export const proposeTopic = (data: RequestOf<'community', 'proposeTopic'>) => call('community', 'proposeTopic', data)
export const supportTopic = (topicId: string) => call('community', 'supportTopic', { topicId })
export const voteTopic = (topicId: string, option: number) => call('community', 'voteTopic', { topicId, option })
export const fetchTopicComments = (topicId: string, cursor?: string) => call('community', 'topicComments', { topicId, ...paged(cursor) })
export const commentTopic = (data: RequestOf<'community', 'commentTopic'>) => call('community', 'commentTopic', data)
export const hideComment = (commentId: string, reason: string) => call('community', 'hideComment', { commentId, reason })
export const decideTopic = (data: RequestOf<'community', 'decideTopic'>) => call('community', 'decideTopic', data)
export const recordTopicMeeting = (data: RequestOf<'community', 'recordTopicMeeting'>) => call('community', 'recordTopicMeeting', data)

export const fetchEvaluations = () => call('community', 'evaluations', {})
export const fetchEvaluation = (campaignId: string) => call('community', 'evaluation', { campaignId })
export const createEvaluation = (data: RequestOf<'community', 'createEvaluation'>) => call('community', 'createEvaluation', data)
export const selfAssess = (campaignId: string, text: string) => call('community', 'selfAssess', { campaignId, text })
export const castEvaluation = (data: RequestOf<'community', 'castEvaluation'>) => call('community', 'castEvaluation', data)
export const closeEvaluation = (campaignId: string) => call('community', 'closeEvaluation', { campaignId })
export const fetchEvaluationResults = (campaignId: string) => call('community', 'evaluationResults', { campaignId })

export const fetchPartners = () => call('community', 'partnerUnits', {})
export const savePartnerUnit = (data: RequestOf<'community', 'savePartnerUnit'>) => call('community', 'savePartnerUnit', data)
export const savePartnerProject = (data: RequestOf<'community', 'savePartnerProject'>) => call('community', 'savePartnerProject', data)
export const fetchJointMeetings = () => call('community', 'jointMeetings', {})
export const recordJointMeeting = (data: RequestOf<'community', 'recordJointMeeting'>) => call('community', 'recordJointMeeting', data)
export const fetchServicePosts = () => call('community', 'servicePosts', {})
export const saveServicePost = (data: RequestOf<'community', 'saveServicePost'>) => call('community', 'saveServicePost', data)
export const dualReport = (data: RequestOf<'community', 'dualReport'>) => call('community', 'dualReport', data)
export const claimPost = (postId: string) => call('community', 'claimPost', { postId })
export const logPostHours = (data: RequestOf<'community', 'logPostHours'>) => call('community', 'logPostHours', data)
export const fetchEvaluationRaterChoices = (orgId: string) => call('community', 'evaluationRaterChoices', { orgId })
export const setPartnerRepresentative = (unitId: string, phone: string | null) =>
  call('community', 'setPartnerRepresentative', { unitId, phone })
