import type { Audience } from '../notices/audience'

/**
 * 议事协商 · 民主评议 · 共驻共建 (function `community`): the stored documents.
 */

export const TOPIC_STATUSES = ['proposed', 'open', 'closed', 'decided'] as const
export type TopicStatus = (typeof TOPIC_STATUSES)[number]
export const TOPIC_STATUS_LABELS: Record<TopicStatus, string> = {
  proposed: '征集联名',
  open: '投票中',
  closed: '投票结束',
  decided: '已公布结果',
}
export const TOPIC_ORIGINS = ['branch', 'ticket', 'resident'] as const
export type TopicOrigin = (typeof TOPIC_ORIGINS)[number]
export const TOPIC_ORIGIN_LABELS: Record<TopicOrigin, string> = { branch: '支部/党委提出', ticket: '来自民生诉求', resident: '居民提议' }

/** A resident's proposal opens for voting once this many neighbours (the proposer included) support it. */
export const TOPIC_SUPPORT_NEEDED = 5
export const TOPIC_OPTIONS_MIN = 2
export const TOPIC_OPTIONS_MAX = 6
/** A deadline lies between an hour and 60 days ahead. */
export const TOPIC_DEADLINE_MAX_DAYS = 60
/** The vote tally is kept in this many shard documents per topic (summed on read). */
export const TOPIC_TALLY_SHARDS = 8

/** Who sat at the 议事会: residents, members, 物业, 业委会, the community, partner units. */
export const MEETING_SIDES = ['居民代表', '党员', '物业', '业委会', '社区', '共建单位'] as const
export type MeetingSide = (typeof MEETING_SIDES)[number]

export interface MeetingRecord {
  heldOn: string
  place: string
  attendees: Array<{ name: string; side: MeetingSide }>
  minutes: string
  recordedByOpenid: string
  recordedAt: Date
}

/** topics: `_id` = `topic-<creator>-<requestId>`. */
export interface TopicDoc {
  _id: string
  title: string
  background: string
  options: string[]
  deadline: Date
  audience: Audience
  audienceKey: string
  audienceLabel: string
  /** The org subtree that manages it (hides comments, decides, records the meeting). */
  scopePath: string[]
  origin: TopicOrigin
  ticketId: string | null
  status: TopicStatus
  proposerId: string | null
  proposerName: string
  supportNeeded: number
  supportCount: number
  commentCount: number
  decision: string | null
  followUpActivityId: string | null
  decidedAt: Date | null
  meeting: MeetingRecord | null
  createdByOpenid: string
  createdAt: Date
  openedAt: Date | null
  updatedAt: Date
}

/** topicVotes: `_id` = `vote:<topicId>:<personId>` — one per person and topic, whatever is sent. */
export interface TopicVoteDoc {
  _id: string
  topicId: string
  personId: string
  option: number
  at: Date
}

/** topicTallies: `_id` = `<topicId>#<shard>`; counts[i] = votes for option i in this shard. */
export interface TopicTallyDoc {
  _id: string
  topicId: string
  counts: number[]
}

/** topicSupports: `_id` = `support:<topicId>:<personId>`. */
export interface TopicSupportDoc {
  _id: string
  topicId: string
  personId: string
  at: Date
}

/** topicComments: `_id` = `comment-<personId>-<requestId>`. */
export interface TopicCommentDoc {
  _id: string
  topicId: string
  authorId: string
  authorName: string
  text: string
  hidden: boolean
  hiddenReason: string | null
  hiddenByOpenid: string | null
  createdAt: Date
}

export function voteIdOf(topicId: string, personId: string): string {
  return `vote:${topicId}:${personId}`
}

export function supportIdOf(topicId: string, personId: string): string {
  return `support:${topicId}:${personId}`
}

/** The tally shard of a person's vote: a stable small hash of their id. */
export function tallyShardOf(topicId: string, personId: string): string {
  let hash = 0
  for (const char of personId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return `${topicId}#${hash % TOPIC_TALLY_SHARDS}`
}

/** Open for votes: status open and the deadline not passed. */
export function topicAcceptsVotes(topic: Pick<TopicDoc, 'status' | 'deadline'>, now: Date): boolean {
  return topic.status === 'open' && new Date(topic.deadline).getTime() > now.getTime()
}

/** The status a reader sees: an open topic past its deadline is closed. */
export function effectiveTopicStatus(topic: Pick<TopicDoc, 'status' | 'deadline'>, now: Date): TopicStatus {
  return topic.status === 'open' && new Date(topic.deadline).getTime() <= now.getTime() ? 'closed' : topic.status
}
