import { inPool, useReliabilityCloud } from './http'
import { codeOf, dataOf, newResident } from '../support'

jest.setTimeout(600_000)

/**
 * 议事协商 votes through the local HTTP API of the real local cloud (the uploaded bundles, the real
 * wx-server-sdk): 100 residents of one building voting at once on one topic, a fifth of them tapping
 * twice — each counted once, the tally (sum of its shards) equal to the ballots, no COMMON.INTERNAL.
 */
const cloud = useReliabilityCloud('secretary', { label: 'govern reliability' })

it('100 residents voting at once on one topic are each counted once; tally = ballots; 0 INTERNAL', async () => {
  const people = await inPool(100, 16, (i) => newResident(cloud.url, `vote${i}`, { building: '琼林苑1栋' }))
  const { topic } = dataOf(
    await cloud.secretary.community.createTopic({
      requestId: `reliability-vote-${process.pid}`,
      title: '1栋是否增设快递柜',
      background: '快递堆放在楼道，影响通行，物业提出在1栋门口增设快递柜。',
      options: ['同意', '不同意'],
      deadline: new Date(Date.now() + 48 * 3_600_000).toISOString(),
      audience: { kind: 'building', building: '琼林苑1栋' },
    }),
    'createTopic',
  )
  const taps = [...people.map((p, i) => ({ p, option: i % 2 })), ...people.flatMap((p, i) => (i % 5 === 0 ? [{ p, option: i % 2 }] : []))]
  const started = Date.now()
  const replies = await Promise.all(taps.map(({ p, option }) => p.call.community.voteTopic({ topicId: topic.id, option })))
  const elapsed = Date.now() - started
  expect(replies.map(codeOf).filter((code) => code !== 'ok')).toEqual([])
  expect(replies.filter((r) => r.ok && r.data.counted)).toHaveLength(100)
  const final = dataOf(await people[0].call.community.topic({ topicId: topic.id }), 'topic').topic
  expect(final.tally).toEqual([50, 50])
  expect(final.votes).toBe(100)
  // Each person sees their own vote.
  for (const [i, p] of people.slice(0, 10).entries()) {
    expect(dataOf(await p.call.community.topic({ topicId: topic.id }), 'mine').topic.myVote).toBe(i % 2)
  }
  console.log(`100 voters (+20 second taps) over HTTP on one topic: ${elapsed} ms`)
})
