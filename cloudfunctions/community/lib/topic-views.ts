import type { TopicCommentView, TopicView } from '../../../core/contract/govern'
import { effectiveTopicStatus, supportIdOf, topicAcceptsVotes, voteIdOf } from '../../../core/community/deliberation'
import type { TopicCommentDoc, TopicDoc, TopicSupportDoc, TopicTallyDoc, TopicVoteDoc } from '../../../core/community/deliberation'
import { maskName } from '../../../core/mask'
import { isoOf, isoOrNull } from '../../../core/time'
import { managesOrgPath, type Caller } from '../../_core/caller'
import { findById, findMany } from '../../_core/db'
import { personOf } from '../../_core/person'

/** The caller belongs to the topic's audience (a building, a branch, the community). */
export function inAudience(topic: Pick<TopicDoc, 'audienceKey'>, caller: Caller): boolean {
  return personOf(caller)?.keys.includes(topic.audienceKey) ?? false
}

/** Who may read a topic: its audience and its managers. */
export function seesTopic(topic: TopicDoc, caller: Caller): boolean {
  return inAudience(topic, caller) || managesOrgPath(caller, topic.scopePath)
}

/** Votes per option: the sum of the topic's tally shards. */
export async function tallyOf(topic: Pick<TopicDoc, '_id' | 'options'>): Promise<number[]> {
  const shards = await findMany<TopicTallyDoc>('topicTallies', { topicId: topic._id }, { limit: 100 })
  const tally = topic.options.map(() => 0)
  for (const shard of shards) shard.counts.forEach((count, i) => (tally[i] = (tally[i] ?? 0) + count))
  return tally
}

/** The full view of a topic for the caller (reads the tally, their vote and support). */
export async function toTopicView(topic: TopicDoc, caller: Caller, now = new Date()): Promise<TopicView> {
  const person = personOf(caller)
  const [tally, vote, support] = await Promise.all([
    tallyOf(topic),
    person ? findById<TopicVoteDoc>('topicVotes', voteIdOf(topic._id, person.id)) : null,
    person && topic.status === 'proposed' ? findById<TopicSupportDoc>('topicSupports', supportIdOf(topic._id, person.id)) : null,
  ])
  return topicViewOf(topic, caller, { tally, myVote: vote?.option ?? null, mySupport: !!support }, now)
}

export function topicViewOf(
  topic: TopicDoc,
  caller: Caller,
  extra: { tally: number[]; myVote: number | null; mySupport: boolean },
  now = new Date(),
): TopicView {
  const { audience } = topic
  const manages = managesOrgPath(caller, topic.scopePath)
  const mine = !!topic.proposerId && personOf(caller)?.id === topic.proposerId
  return {
    id: topic._id,
    title: topic.title,
    background: topic.background,
    options: topic.options,
    deadline: isoOf(topic.deadline),
    audience: {
      kind: audience.kind,
      orgId: audience.kind === 'org' ? audience.orgId : null,
      building: audience.kind === 'building' ? audience.building : null,
      label: topic.audienceLabel,
    },
    origin: topic.origin,
    ticketId: topic.ticketId,
    status: effectiveTopicStatus(topic, now),
    proposerName: topic.proposerId && !manages && !mine ? maskName(topic.proposerName) : topic.proposerName,
    supportNeeded: topic.supportNeeded,
    supportCount: topic.supportCount,
    commentCount: topic.commentCount,
    tally: extra.tally,
    votes: extra.tally.reduce((sum, n) => sum + n, 0),
    myVote: extra.myVote,
    mySupport: extra.mySupport,
    canVote: extra.myVote === null && topicAcceptsVotes(topic, now) && inAudience(topic, caller),
    manages,
    decision: topic.decision,
    followUpActivityId: topic.followUpActivityId,
    decidedAt: isoOrNull(topic.decidedAt),
    meeting: topic.meeting
      ? { heldOn: topic.meeting.heldOn, place: topic.meeting.place, attendees: topic.meeting.attendees, minutes: topic.meeting.minutes }
      : null,
    createdAt: isoOf(topic.createdAt),
  }
}

export function toCommentView(comment: TopicCommentDoc, caller: Caller, manages: boolean): TopicCommentView {
  const mine = personOf(caller)?.id === comment.authorId
  return {
    id: comment._id,
    authorName: mine || manages ? comment.authorName : maskName(comment.authorName),
    text: comment.hidden && !mine && !manages ? null : comment.text,
    hidden: comment.hidden,
    hiddenReason: comment.hiddenReason,
    mine,
    createdAt: isoOf(comment.createdAt),
  }
}
