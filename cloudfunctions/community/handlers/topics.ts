import { TOPIC_DEADLINE_MAX_DAYS, TOPIC_SUPPORT_NEEDED, supportIdOf, type TopicDoc } from '../../../core/community/deliberation'
import type { TicketDoc } from '../../../core/community/model'
import { failure, success, type Result } from '../../../core/result'
import { resolveAudience } from '../../_core/audience'
import { managesOrgPath, type Caller } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { command, findById, type Filter } from '../../_core/db'
import { pageBy } from '../../_core/paging'
import { personOf, personOrFail } from '../../_core/person'
import { inTransaction, inTransactionFor, type TxWork } from '../../_core/transaction'
import { scopePathOfBuilding } from '../lib/scope'
import { screenUserContent } from '../lib/screen'
import { seesTopic, toTopicView, topicViewOf } from '../lib/topic-views'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** A deadline between an hour and TOPIC_DEADLINE_MAX_DAYS ahead. */
function deadlineOf(iso: string, now: Date): Result<Date> {
  const deadline = new Date(iso)
  const ms = deadline.getTime() - now.getTime()
  return ms < HOUR || ms > TOPIC_DEADLINE_MAX_DAYS * DAY ? failure('TOPIC.BAD_DEADLINE', undefined, 'deadline') : success(deadline)
}

type TopicFields = { title: string; background: string; options: string[] }

function newTopic(fields: TopicFields, deadline: Date, caller: Caller, now: Date) {
  return {
    title: fields.title,
    background: fields.background,
    options: fields.options,
    deadline,
    commentCount: 0,
    decision: null,
    followUpActivityId: null,
    decidedAt: null,
    meeting: null,
    createdByOpenid: caller.openid,
    createdAt: now,
    updatedAt: now,
  }
}

/**
 * Stores a new topic once under `topicId`, with `also`'s writes in the same transaction; a re-sent
 * request answers the stored topic (created: false). A new topic has no votes yet; `mySupport`: the
 * proposer's own support.
 */
function createTopicOnce(
  caller: Caller,
  topicId: string,
  fields: Record<string, unknown>,
  mySupport: boolean,
  also: (work: TxWork) => void,
) {
  return inTransaction(async (work) => {
    const existing = await work.get<TopicDoc>('topics', topicId)
    if (existing) return success({ topic: await toTopicView(existing, caller), created: false })
    const created = work.create<TopicDoc>('topics', topicId, fields)
    also(work)
    return success({ topic: topicViewOf(created, caller, { tally: created.options.map(() => 0), myVote: null, mySupport }), created: true })
  })
}

/** Topics for the caller: those of their building, branches and community; or (managers) all they manage. */
export const topics: Handler<'community', 'topics'> = async ({ data, caller }) => {
  const _ = command()
  const now = new Date()
  let filter: Filter
  if (data.scope === 'manage') {
    if (!caller.scopeOrg || (caller.role !== 'secretary' && caller.role !== 'admin')) return failure('COMMON.FORBIDDEN')
    filter = { scopePath: caller.scopeOrg._id }
  } else {
    const person = personOf(caller)
    if (!person) return failure('COMMUNITY.NO_PERSON')
    filter = { audienceKey: _.in(person.keys), status: _.neq('proposed') }
    // A proposal is seen by the building it is for (its audience), where neighbours support it.
    if (data.status === 'proposed') filter = { audienceKey: _.in(person.keys) }
  }
  if (data.status === 'open') filter = { ...filter, status: 'open', deadline: _.gt(now) }
  else if (data.status === 'closed') filter = { ...filter, status: _.in(['open', 'closed']), deadline: _.lte(now) }
  else if (data.status) filter = { ...filter, status: data.status }
  const page = await pageBy<TopicDoc>('topics', filter, { by: 'createdAt', direction: 'desc' }, data)
  if (!page.ok) return page
  return success({ items: await Promise.all(page.value.items.map((t) => toTopicView(t, caller, now))), nextCursor: page.value.nextCursor })
}

export const topic: Handler<'community', 'topic'> = async ({ data, caller }) => {
  const found = await findById<TopicDoc>('topics', data.topicId)
  if (!found || !seesTopic(found, caller)) return failure('COMMON.NOT_FOUND')
  return success({ topic: await toTopicView(found, caller) })
}

/** A branch or the committee sets a topic for an audience it manages, optionally from a ticket it manages. */
export const createTopic: Handler<'community', 'createTopic'> = async ({ data, caller }) => {
  const now = new Date()
  const deadline = deadlineOf(data.deadline, now)
  if (!deadline.ok) return deadline
  const audience = await resolveAudience(caller, data.audience, {
    notAllowed: 'TOPIC.AUDIENCE_NOT_ALLOWED',
    unknownBuilding: failure('BUILDING.UNKNOWN', undefined, 'audience.building'),
  })
  if (!audience.ok) return audience
  if (data.ticketId) {
    const ticket = await findById<TicketDoc>('tickets', data.ticketId)
    if (!ticket || !managesOrgPath(caller, ticket.scopePath)) return failure('TOPIC.TICKET_NOT_FOUND', undefined, 'ticketId')
  }
  const screened = await screenUserContent(caller, [data.title, data.background, ...data.options])
  if (!screened.ok) return screened
  const person = personOf(caller)
  const topicId = `topic-${person?.id ?? caller.openid}-${data.requestId}`
  const fields = {
    ...newTopic(data, deadline.value, caller, now),
    audience: audience.value.audience,
    audienceKey: audience.value.audienceKey,
    audienceLabel: audience.value.audienceLabel,
    scopePath: audience.value.scopePath,
    origin: data.ticketId ? 'ticket' : 'branch',
    ticketId: data.ticketId ?? null,
    status: 'open',
    proposerId: null,
    proposerName: person?.name ?? '社区党委',
    supportNeeded: 0,
    supportCount: 0,
    openedAt: now,
  }
  return createTopicOnce(caller, topicId, fields, false, (work) =>
    work.audit(caller, 'community.createTopic', topicId, { audience: audience.value.audienceKey, ticketId: data.ticketId ?? null }),
  )
}

/** A resident proposes a topic for their building; it opens once TOPIC_SUPPORT_NEEDED neighbours support it. */
export const proposeTopic: Handler<'community', 'proposeTopic'> = async ({ data, caller }) => {
  const person = personOrFail(caller, 'COMMUNITY.NO_PERSON')
  if (!person.ok) return person
  const building = person.value.building
  if (!building) return failure('TOPIC.NO_BUILDING')
  const now = new Date()
  const deadline = deadlineOf(data.deadline, now)
  if (!deadline.ok) return deadline
  const screened = await screenUserContent(caller, [data.title, data.background, ...data.options])
  if (!screened.ok) return screened
  const scopePath = await scopePathOfBuilding(building)
  const topicId = `topic-${person.value.id}-${data.requestId}`
  const fields = {
    ...newTopic(data, deadline.value, caller, now),
    audience: { kind: 'building', building },
    audienceKey: `building:${building}`,
    audienceLabel: building,
    scopePath,
    origin: 'resident',
    ticketId: null,
    status: 'proposed',
    proposerId: person.value.id,
    proposerName: person.value.name,
    supportNeeded: TOPIC_SUPPORT_NEEDED,
    supportCount: 1,
    openedAt: null,
  }
  return createTopicOnce(caller, topicId, fields, true, (work) =>
    work.create('topicSupports', supportIdOf(topicId, person.value.id), { topicId, personId: person.value.id, at: now }),
  )
}

/** A neighbour supports a proposal once; the support that reaches the threshold opens it for voting. */
export const supportTopic: Handler<'community', 'supportTopic'> = async ({ data, caller }) => {
  const person = personOrFail(caller, 'COMMUNITY.NO_PERSON')
  if (!person.ok) return person
  const supportId = supportIdOf(data.topicId, person.value.id)
  const result = await inTransactionFor(`topic-support:${data.topicId}`, async (work) => {
    const found = await work.get<TopicDoc>('topics', data.topicId)
    if (!found || !seesTopic(found, caller)) return failure('COMMON.NOT_FOUND')
    if (await work.get('topicSupports', supportId)) return success(found)
    if (found.status !== 'proposed') return failure('TOPIC.NOT_PROPOSED')
    if (!person.value.keys.includes(found.audienceKey)) return failure('TOPIC.NOT_IN_AUDIENCE')
    const now = new Date()
    work.create('topicSupports', supportId, { topicId: found._id, personId: person.value.id, at: now })
    const supportCount = found.supportCount + 1
    const opens = supportCount >= found.supportNeeded
    work.patch('topics', found._id, { supportCount, ...(opens ? { status: 'open', openedAt: now } : {}), updatedAt: now })
    return success(found)
  })
  if (!result.ok) return result
  return success({ topic: await toTopicView(result.value, caller) })
}
