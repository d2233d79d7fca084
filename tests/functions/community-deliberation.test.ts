/**
 * 议事协商 on the server: topics set by a branch (or from a 民生诉求 ticket) for an audience it manages,
 * or proposed by a resident and opened by their neighbours' support; one vote per person and topic —
 * double taps and 100 people at once each counted once, tally = ballots; no vote after the deadline;
 * comments content-checked and hidden with a reason (audited); the decision and the 议事会 record.
 */
import { tallyShardOf, TOPIC_SUPPORT_NEEDED, type TopicDoc } from '../../core/community/deliberation'
import { callAs, codeOf, dataOf, P, unchecked } from '../support'
import { addResidents } from './activities-fixtures'
import { hoursAhead, makeTopic, pastDeadline, topicFields } from './community-govern-fixtures'
import { countOf, docOf, useCommunityDb } from './helpers'
import { rid } from './points-fixtures'

jest.setTimeout(240_000)
const db = useCommunityDb('community-deliberation')
let people: Array<{ openid: string; id: string }>

beforeAll(async () => {
  people = await addResidents(db, 100, 'voter')
})

/** The stored tally (sum of shards) and the stored votes per option. */
async function storedTally(topicId: string, options: number): Promise<{ tally: number[]; ballots: number[] }> {
  const shards = (await db.collection('topicTallies').where({ topicId }).get()) as unknown as { data: Array<{ counts: number[] }> }
  const tally = Array.from({ length: options }, (_, i) => shards.data.reduce((sum, s) => sum + (s.counts[i] ?? 0), 0))
  const ballots = []
  for (let i = 0; i < options; i++) ballots.push(await countOf(db, 'topicVotes', { topicId, option: i }))
  return { tally, ballots }
}

test('a branch sets a topic for a building it manages; only that building (and its managers) sees it', async () => {
  const topic = await makeTopic('琼林苑3栋')
  expect(topic).toMatchObject({
    status: 'open',
    origin: 'branch',
    votes: 0,
    tally: [0, 0, 0],
    manages: true,
    audience: { label: '琼林苑3栋' },
  })
  // The resident lives in 琼林苑3栋; the member in 琼林苑4栋 (same group, other building).
  expect(dataOf(await callAs(P.resident).community.topic({ topicId: topic.id })).topic.canVote).toBe(true)
  expect(dataOf(await callAs(P.resident).community.topics({})).items.map((t) => t.id)).toContain(topic.id)
  expect(codeOf(await callAs(P.member).community.topic({ topicId: topic.id }))).toBe('COMMON.NOT_FOUND')
  expect(dataOf(await callAs(P.member).community.topics({})).items.map((t) => t.id)).not.toContain(topic.id)
  expect(codeOf(await callAs(P.member).community.voteTopic({ topicId: topic.id, option: 0 }))).toBe('COMMON.NOT_FOUND')
  expect(codeOf(await callAs(P.otherSecretary).community.topic({ topicId: topic.id }))).toBe('COMMON.NOT_FOUND')
  expect(dataOf(await callAs(P.admin).community.topics({ scope: 'manage' })).items.map((t) => t.id)).toContain(topic.id)
  expect(dataOf(await callAs(P.otherSecretary).community.topics({ scope: 'manage' })).items.map((t) => t.id)).not.toContain(topic.id)
  // The creation is audited.
  expect(await countOf(db, 'auditLogs', { action: 'community.createTopic', target: topic.id })).toBe(1)
})

test('bad input is refused with a clear code and nothing is written', async () => {
  const before = await countOf(db, 'topics')
  const create = (extra: Record<string, unknown>, who = P.secretary) =>
    callAs(who).community.createTopic(unchecked({ ...topicFields(), audience: { kind: 'building', building: '琼林苑1栋' }, ...extra }))
  expect(codeOf(await create({ options: ['只有一个'] }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await create({ options: ['同意', '同意'] }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await create({ title: '' }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await create({ deadline: hoursAhead(0.2) }))).toBe('TOPIC.BAD_DEADLINE')
  expect(codeOf(await create({ deadline: hoursAhead(24 * 90) }))).toBe('TOPIC.BAD_DEADLINE')
  expect(codeOf(await create({ deadline: 'tomorrow' }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await create({ background: '有偿代开发票，联系我，价格优惠多多' }))).toBe('CONTENT.RISKY')
  expect(codeOf(await create({ extra: 1 }))).toBe('COMMON.VALIDATION')
  // Scope: another branch's building, the whole community (committee only), a ticket one does not manage.
  expect(codeOf(await create({}, P.otherSecretary))).toBe('TOPIC.AUDIENCE_NOT_ALLOWED')
  expect(codeOf(await create({ audience: { kind: 'all' } }))).toBe('TOPIC.AUDIENCE_NOT_ALLOWED')
  expect(codeOf(await create({ audience: { kind: 'building', building: '不存在的楼' } }))).toBe('BUILDING.UNKNOWN')
  expect(codeOf(await create({ ticketId: 'ticket-nobody' }))).toBe('TOPIC.TICKET_NOT_FOUND')
  expect(codeOf(await callAs(P.resident).community.createTopic(unchecked({ ...topicFields(), audience: { kind: 'all' } })))).toBe(
    'COMMON.FORBIDDEN',
  )
  expect(await countOf(db, 'topics')).toBe(before)
  const topic = await makeTopic('琼林苑3栋')
  const votesBefore = await countOf(db, 'topicVotes')
  expect(codeOf(await callAs(P.resident).community.voteTopic({ topicId: topic.id, option: 3 }))).toBe('TOPIC.BAD_OPTION')
  expect(codeOf(await callAs(P.resident).community.voteTopic(unchecked({ topicId: topic.id, option: -1 })))).toBe('COMMON.VALIDATION')
  expect(codeOf(await callAs(P.resident).community.voteTopic(unchecked({ topicId: topic.id, option: '0' })))).toBe('COMMON.VALIDATION')
  expect(
    codeOf(await callAs(P.resident).community.commentTopic({ topicId: topic.id, requestId: rid(), text: '有偿代开发票，联系我' })),
  ).toBe('CONTENT.RISKY')
  expect(await countOf(db, 'topicVotes')).toBe(votesBefore)
  expect(await countOf(db, 'topicComments', { topicId: topic.id })).toBe(0)
})

test('the same create sent five times stores one topic', async () => {
  const fields = { ...topicFields(), audience: { kind: 'org' as const, orgId: 'org-b1' } }
  const replies = await Promise.all(Array.from({ length: 5 }, () => callAs(P.secretary).community.createTopic(fields)))
  expect(replies.map((r) => dataOf(r).created).filter(Boolean)).toHaveLength(1)
  expect(new Set(replies.map((r) => dataOf(r).topic.id)).size).toBe(1)
  expect(await countOf(db, 'auditLogs', { action: 'community.createTopic', target: dataOf(replies[0]).topic.id })).toBe(1)
})

test('a double-tapped vote counts once; a second vote for another option is not counted either', async () => {
  const topic = await makeTopic('琼林苑3栋')
  const replies = await Promise.all(
    Array.from({ length: 10 }, () => callAs(P.resident).community.voteTopic({ topicId: topic.id, option: 1 })),
  )
  expect(replies.map((r) => dataOf(r).counted).filter(Boolean)).toHaveLength(1)
  const again = dataOf(await callAs(P.resident).community.voteTopic({ topicId: topic.id, option: 0 }))
  expect(again).toMatchObject({ counted: false, topic: { myVote: 1, tally: [0, 1, 0], votes: 1, canVote: false } })
  expect(await storedTally(topic.id, 3)).toEqual({ tally: [0, 1, 0], ballots: [0, 1, 0] })
})

test('100 people voting at once on one topic: each counted once, tally = ballots, no INTERNAL', async () => {
  const topic = await makeTopic('琼林苑1栋')
  const started = Date.now()
  // Everyone votes, and a fifth of them tap twice.
  const taps = [...people, ...people.filter((_, i) => i % 5 === 0)]
  const replies = await Promise.all(
    taps.map((p) => callAs(p.openid).community.voteTopic({ topicId: topic.id, option: Number(p.id.split('-').pop()) % 3 })),
  )
  const elapsed = Date.now() - started
  const codes = replies.map(codeOf)
  expect(codes.filter((c) => c !== 'ok')).toEqual([])
  expect(replies.filter((r) => r.ok && r.data.counted)).toHaveLength(100)
  const expected = [0, 1, 2].map((o) => people.filter((p) => Number(p.id.split('-').pop()) % 3 === o).length)
  expect(await storedTally(topic.id, 3)).toEqual({ tally: expected, ballots: expected })
  expect(await countOf(db, 'topicVotes', { topicId: topic.id })).toBe(100)
  const view = dataOf(await callAs(people[0].openid).community.topic({ topicId: topic.id })).topic
  expect(view).toMatchObject({ votes: 100, tally: expected })
  // The shards spread the writes: more than one shard document holds votes.
  const shards = new Set(people.map((p) => tallyShardOf(topic.id, p.id)))
  expect(await countOf(db, 'topicTallies', { topicId: topic.id })).toBe(shards.size)
  console.log(`100 voters (+20 double taps) on one topic: ${elapsed} ms, ${shards.size} tally shards`)
})

test('a vote after the deadline is refused; the result is published only after it, linked to an activity', async () => {
  const topic = await makeTopic('琼林苑3栋')
  dataOf(await callAs(P.resident).community.voteTopic({ topicId: topic.id, option: 0 }))
  expect(codeOf(await callAs(P.secretary).community.decideTopic({ topicId: topic.id, decision: '同意加装充电桩，由物业实施' }))).toBe(
    'TOPIC.STILL_OPEN',
  )
  await pastDeadline(db, 'topics', topic.id)
  expect(codeOf(await callAs(P.elder).community.voteTopic({ topicId: topic.id, option: 1 }))).toBe('TOPIC.VOTE_CLOSED')
  expect(dataOf(await callAs(P.resident).community.topic({ topicId: topic.id })).topic).toMatchObject({ status: 'closed', canVote: false })
  expect(codeOf(await callAs(P.otherSecretary).community.decideTopic({ topicId: topic.id, decision: '同意加装充电桩' }))).toBe(
    'COMMON.NOT_FOUND',
  )
  expect(
    codeOf(
      await callAs(P.secretary).community.decideTopic({ topicId: topic.id, decision: '同意加装充电桩', followUpActivityId: 'no-such' }),
    ),
  ).toBe('COMMON.NOT_FOUND')
  await db.collection('activities').add({ data: { _id: 'act-charging-followup', title: '充电桩施工说明会' } })
  const decided = dataOf(
    await callAs(P.secretary).community.decideTopic({
      topicId: topic.id,
      decision: '同意加装充电桩，由物业实施',
      followUpActivityId: 'act-charging-followup',
    }),
  ).topic
  expect(decided).toMatchObject({ status: 'decided', decision: '同意加装充电桩，由物业实施', followUpActivityId: 'act-charging-followup' })
  expect(codeOf(await callAs(P.secretary).community.decideTopic({ topicId: topic.id, decision: '再改一次决定' }))).toBe(
    'TOPIC.ALREADY_DECIDED',
  )
  expect(await countOf(db, 'auditLogs', { action: 'community.decideTopic', target: topic.id })).toBe(1)
  // The 议事会: 物业 and 业委会 representatives by name.
  const attendees = [
    { name: '王建国', side: '物业' as const },
    { name: '李淑芬', side: '业委会' as const },
    { name: P.resident.name, side: '居民代表' as const },
  ]
  expect(
    codeOf(
      await callAs(P.secretary).community.recordTopicMeeting(
        unchecked({ topicId: topic.id, heldOn: '2026-12-01', place: '邻里客厅', attendees: [], minutes: '会议讨论了充电桩位置。' }),
      ),
    ),
  ).toBe('COMMON.VALIDATION')
  const met = dataOf(
    await callAs(P.secretary).community.recordTopicMeeting({
      topicId: topic.id,
      heldOn: '2026-12-01',
      place: '邻里客厅',
      attendees,
      minutes: '三方商定充电桩设在3栋北侧空地，物业负责施工。',
    }),
  ).topic
  expect(met.meeting).toMatchObject({ place: '邻里客厅', attendees })
  expect(dataOf(await callAs(P.resident).community.topic({ topicId: topic.id })).topic.meeting?.attendees).toEqual(attendees)
  expect(await countOf(db, 'auditLogs', { action: 'community.recordTopicMeeting', target: topic.id })).toBe(1)
})

test('comments: once per requestId, hidden by the branch with a reason (audited), others see only the reason', async () => {
  const topic = await makeTopic('琼林苑3栋')
  const requestId = rid('comment')
  const sent = await Promise.all(
    Array.from({ length: 3 }, () =>
      callAs(P.resident).community.commentTopic({ topicId: topic.id, requestId, text: '建议装在北侧，不挡道' }),
    ),
  )
  expect(sent.map((r) => dataOf(r).created).filter(Boolean)).toHaveLength(1)
  const comment = dataOf(sent[0]).comment
  expect((await docOf<TopicDoc>(db, 'topics', topic.id))?.commentCount).toBe(1)
  expect(codeOf(await callAs(P.member).community.hideComment({ commentId: comment.id, reason: '含有个人信息' }))).toBe('COMMON.FORBIDDEN')
  expect(codeOf(await callAs(P.otherSecretary).community.hideComment({ commentId: comment.id, reason: '含有个人信息' }))).toBe(
    'COMMON.NOT_FOUND',
  )
  expect(codeOf(await callAs(P.secretary).community.hideComment(unchecked({ commentId: comment.id, reason: '' })))).toBe(
    'COMMON.VALIDATION',
  )
  dataOf(await callAs(P.secretary).community.hideComment({ commentId: comment.id, reason: '含有个人信息' }))
  dataOf(await callAs(P.secretary).community.hideComment({ commentId: comment.id, reason: '含有个人信息' }))
  expect(await countOf(db, 'auditLogs', { action: 'community.hideComment', target: comment.id })).toBe(1)
  const seenByElder = dataOf(await callAs(P.elder).community.topicComments({ topicId: topic.id })).items[0]
  expect(seenByElder).toMatchObject({ hidden: true, hiddenReason: '含有个人信息', text: null })
  expect(seenByElder.authorName).not.toBe(P.resident.name)
  expect(dataOf(await callAs(P.resident).community.topicComments({ topicId: topic.id })).items[0]).toMatchObject({
    text: '建议装在北侧，不挡道',
    mine: true,
  })
})

test('a resident proposes for their building; it opens once enough neighbours support it, each once', async () => {
  const proposed = dataOf(await callAs(people[0].openid).community.proposeTopic(topicFields({ title: '1栋楼道是否统一安装声控灯' }))).topic
  expect(proposed).toMatchObject({
    status: 'proposed',
    origin: 'resident',
    supportCount: 1,
    supportNeeded: TOPIC_SUPPORT_NEEDED,
    mySupport: true,
  })
  expect(codeOf(await callAs(people[1].openid).community.voteTopic({ topicId: proposed.id, option: 0 }))).toBe('TOPIC.NOT_OPEN')
  // Not the resident of 琼林苑3栋.
  expect(codeOf(await callAs(P.resident).community.supportTopic({ topicId: proposed.id }))).toBe('COMMON.NOT_FOUND')
  // people[1] taps three times: one support.
  await Promise.all(Array.from({ length: 3 }, () => callAs(people[1].openid).community.supportTopic({ topicId: proposed.id })))
  expect((await docOf<TopicDoc>(db, 'topics', proposed.id))?.supportCount).toBe(2)
  const rest = people.slice(2, 2 + TOPIC_SUPPORT_NEEDED)
  const replies = await Promise.all(rest.map((p) => callAs(p.openid).community.supportTopic({ topicId: proposed.id })))
  const codes = replies.map(codeOf)
  // Three more reach the threshold; the ones after it find the topic open.
  expect(codes.filter((c) => c === 'ok').length).toBeGreaterThanOrEqual(TOPIC_SUPPORT_NEEDED - 2)
  expect(codes.filter((c) => c !== 'ok' && c !== 'TOPIC.NOT_PROPOSED')).toEqual([])
  const stored = await docOf<TopicDoc>(db, 'topics', proposed.id)
  expect(stored?.status).toBe('open')
  expect(stored?.supportCount).toBe(await countOf(db, 'topicSupports', { topicId: proposed.id }))
  expect(dataOf(await callAs(people[1].openid).community.voteTopic({ topicId: proposed.id, option: 0 })).counted).toBe(true)
  // The proposer's name is masked to neighbours.
  expect(dataOf(await callAs(people[1].openid).community.topic({ topicId: proposed.id })).topic.proposerName).not.toBe('居民0')
})

test('a branch raises a topic from a 民生诉求 ticket it manages', async () => {
  const ticket = dataOf(
    await callAs(P.resident).community.reportTicket({
      requestId: rid('t'),
      category: 'road',
      building: '琼林苑3栋',
      text: '楼下充电桩不够，电动车在楼道充电',
    } as never),
  ).ticket
  const topic = await makeTopic('琼林苑3栋', { ticketId: ticket.id })
  expect(topic).toMatchObject({ origin: 'ticket', ticketId: ticket.id })
})
