/** The demo 议事协商 · 民主评议 · 共驻共建: what each demo person finds, and the seeded tally equals its ballots. */
import { seedGovern } from '../../server/seed/govern'
import { callAs, dataOf, P } from '../support'
import { countOf, useCommunityDb } from './helpers'

jest.setTimeout(120_000)
const db = useCommunityDb('community-govern-demo', seedGovern)

test('the resident of 3栋 finds the charging topic open with its votes, and can still vote once', async () => {
  const open = dataOf(await callAs(P.resident).community.topics({ status: 'open' })).items
  expect(open.map((t) => t.id)).toEqual(['topic-seed-charging'])
  const votes = await countOf(db, 'topicVotes', { topicId: 'topic-seed-charging' })
  expect(open[0]).toMatchObject({ origin: 'ticket', canVote: true, votes })
  expect(dataOf(await callAs(P.resident).community.voteTopic({ topicId: 'topic-seed-charging', option: 0 })).topic.votes).toBe(votes + 1)
  const proposed = dataOf(await callAs(P.resident).community.topics({ status: 'proposed' })).items
  expect(proposed[0]).toMatchObject({ id: 'topic-seed-handrail', mySupport: true, supportCount: 1 })
})

test('the branch’s members find the decided parking topic with its 三方 meeting', async () => {
  const decided = dataOf(await callAs(P.member).community.topics({ status: 'decided' })).items
  expect(decided[0].meeting?.attendees.map((a) => a.side)).toEqual(['社区', '业委会', '物业', '居民代表'])
})

test('the group’s members find the 2026 民主评议 open; partner units and posts are listed', async () => {
  const evaluations = dataOf(await callAs(P.elder).community.evaluations({})).items
  expect(evaluations[0]).toMatchObject({ id: 'eval-seed-2026', canVote: true, turnout: null })
  const partners = dataOf(await callAs(P.resident).community.partnerUnits({}))
  expect(partners.items.map((u) => u.name)).toContain('解放军理工大学')
  expect(partners.items.every((u) => u.contactPhone.includes('****'))).toBe(true)
  expect(dataOf(await callAs(P.member).community.servicePosts({})).items).toHaveLength(2)
  expect(dataOf(await callAs(P.admin).community.jointMeetings({})).items).toHaveLength(1)
})
