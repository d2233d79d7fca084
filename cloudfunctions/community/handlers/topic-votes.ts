import {
  tallyShardOf,
  topicAcceptsVotes,
  voteIdOf,
  type TopicDoc,
  type TopicTallyDoc,
  type TopicVoteDoc,
} from '../../../core/community/deliberation'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { personOrFail } from '../../_core/person'
import { inTransactionFor } from '../../_core/transaction'
import { inAudience, seesTopic, toTopicView } from '../lib/topic-views'

/**
 * One vote per person and topic: the vote's `_id` is topic + person, so a double tap or a retry finds
 * it (or loses the create race and, rerun, finds it) and counts nothing more. The vote and its tally
 * shard are written in one transaction — tally = ballots whatever runs at once. Votes of one shard
 * queue in this instance's lane; other shards (and instances) run side by side.
 */
export const voteTopic: Handler<'community', 'voteTopic'> = async ({ data, caller }) => {
  const person = personOrFail(caller, 'COMMUNITY.NO_PERSON')
  if (!person.ok) return person
  const voteId = voteIdOf(data.topicId, person.value.id)
  const shardId = tallyShardOf(data.topicId, person.value.id)
  const result = await inTransactionFor(`topic-vote:${shardId}`, async (work) => {
    const found = await work.get<TopicDoc>('topics', data.topicId)
    if (!found || !seesTopic(found, caller)) return failure('COMMON.NOT_FOUND')
    const existing = await work.get<TopicVoteDoc>('topicVotes', voteId)
    if (existing) return success({ topic: found, counted: false })
    if (!inAudience(found, caller)) return failure('TOPIC.NOT_IN_AUDIENCE')
    const now = new Date()
    if (found.status === 'proposed') return failure('TOPIC.NOT_OPEN')
    if (!topicAcceptsVotes(found, now)) return failure('TOPIC.VOTE_CLOSED')
    if (data.option >= found.options.length) return failure('TOPIC.BAD_OPTION', undefined, 'option')
    work.create<TopicVoteDoc>('topicVotes', voteId, { topicId: found._id, personId: person.value.id, option: data.option, at: now })
    const shard =
      (await work.get<TopicTallyDoc>('topicTallies', shardId)) ??
      work.create<TopicTallyDoc>('topicTallies', shardId, { topicId: found._id, counts: found.options.map(() => 0) })
    const counts = found.options.map((_, i) => (shard.counts[i] ?? 0) + (i === data.option ? 1 : 0))
    work.patch('topicTallies', shardId, { counts })
    return success({ topic: found, counted: true })
  })
  if (!result.ok) return result
  return success({ topic: await toTopicView(result.value.topic, caller), counted: result.value.counted })
}
