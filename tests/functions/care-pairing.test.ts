/**
 * 一对一帮扶 of elderly residents: the branch pairs a resident with a helper (audited, one helper per
 * resident); the helper then visits them and redeems a reward for them from the resident's own points —
 * recorded as done by the helper for the resident, once however often it is sent — and nobody else can.
 * Unpaired, the helper can no longer act for them.
 */
import type { PointOrderDoc } from '../../core/points/model'
import { buildDemoCommunity } from '../../server/seed/community'
import { callAs, codeOf, dataOf, P } from '../support'
import { visitAs } from './care-fixtures'
import { countOf, docOf, useCommunityDb } from './helpers'
import { balanceOf, credit, makeReward, rid } from './points-fixtures'

jest.setTimeout(180_000)
const db = useCommunityDb('care-pairing')

/** An elderly resident of 琼林苑3栋 (the demo secretary's branch), not the demo resident. */
const elderly = buildDemoCommunity().residents.find((r) => r.building === '琼林苑3栋' && r._id !== P.resident.id)!

const pair = (who: { openid: string }, helperMemberId: string | null) =>
  callAs(who).care.setResidentHelper({ residentId: elderly._id, helperMemberId })
const redeemFor = (who: { openid: string }, rewardId: string, forPersonId: string, requestId = rid('for')) =>
  callAs(who).points.redeem({ rewardId, quantity: 1, requestId, forPersonId })

test('the branch pairs an elderly resident with a helper, audited; others may not', async () => {
  expect(codeOf(await pair(P.otherSecretary, P.member.id))).toBe('COMMON.NOT_FOUND')
  expect(codeOf(await pair(P.member, P.member.id))).toBe('COMMON.FORBIDDEN')
  expect(codeOf(await pair(P.secretary, 'm-nobody'))).toBe('COMMON.NOT_FOUND')
  // A helper from outside the secretary's branch (a 第二党支部 member) is refused too.
  const outsider = buildDemoCommunity().members.find((m) => m.orgPath.includes('org-b2') && !m.archived)!
  expect(codeOf(await pair(P.secretary, outsider._id))).toBe('COMMON.NOT_FOUND')
  expect(await countOf(db, 'careResidentPairs')).toBe(0)
  const paired = dataOf(await pair(P.secretary, P.member.id)).resident
  expect(paired).toMatchObject({ id: elderly._id, helperName: P.member.name })
  dataOf(await pair(P.secretary, P.member.id))
  expect(await countOf(db, 'careResidentPairs')).toBe(1)
  expect(await countOf(db, 'auditLogs', { action: 'care.pairResident', target: elderly._id })).toBe(2)
  const listed = dataOf(await callAs(P.secretary).care.residentsOf({ building: '琼林苑3栋' })).items
  expect(listed.find((r) => r.id === elderly._id)).toMatchObject({ helperName: P.member.name })
  // The helper sees them among their elders, and may visit them.
  const elders = dataOf(await callAs(P.member).care.myElders({})).elders
  expect(elders.find((e) => e.id === elderly._id)).toMatchObject({ kind: 'resident', via: 'paired' })
  expect(dataOf(await visitAs(P.member, { elderId: elderly._id })).visit.elderName).toBe(elderly.name)
  expect(codeOf(await visitAs(P.elder, { elderId: elderly._id }))).toBe('CARE.NOT_YOURS')
})

test('the helper redeems for the resident from the resident’s points, recorded as by the helper, once', async () => {
  await credit(elderly._id, 100)
  const rewardId = await makeReward({ price: 30, stock: 5 })
  const helperBefore = await balanceOf(db, P.member.id)
  const requestId = rid('once')
  const replies = await Promise.all([1, 2, 3].map(() => redeemFor(P.member, rewardId, elderly._id, requestId)))
  expect(replies.map((r) => dataOf(r).created).filter(Boolean)).toHaveLength(1)
  const order = dataOf(replies[0]).order
  expect(order).toMatchObject({ personName: elderly.name, byHelperName: P.member.name, amount: 30 })
  expect(await balanceOf(db, elderly._id)).toBe(70)
  expect(await balanceOf(db, P.member.id)).toBe(helperBefore)
  expect(await docOf<PointOrderDoc>(db, 'pointOrders', order.id)).toMatchObject({ personId: elderly._id, byHelperId: P.member.id })
  const ledger = (await db.collection('pointEntries').where({ accountId: elderly._id, kind: 'redeem' }).get()) as unknown as {
    data: Array<{ reason: string }>
  }
  expect(ledger.data.map((e) => e.reason)).toEqual([expect.stringContaining(`${P.member.name}代兑`)])

  // Someone not paired with them cannot; nothing is written.
  const orders = await countOf(db, 'pointOrders')
  expect(codeOf(await redeemFor(P.secretary, rewardId, elderly._id))).toBe('PAIRING.NOT_YOUR_ELDER')
  expect(codeOf(await redeemFor(P.resident, rewardId, elderly._id))).toBe('PAIRING.NOT_YOUR_ELDER')
  expect(await countOf(db, 'pointOrders')).toBe(orders)
  // A paired elderly member works the same way (both 结对 links hold for the demo elder).
  await credit(P.elder.id, 40)
  expect(dataOf(await redeemFor(P.member, rewardId, P.elder.id)).order).toMatchObject({
    personName: P.elder.name,
    byHelperName: P.member.name,
  })
})

test('unpaired, the helper can no longer act for the resident', async () => {
  const rewardId = await makeReward({ price: 10, stock: 5 })
  dataOf(await pair(P.secretary, null))
  expect(await countOf(db, 'auditLogs', { action: 'care.unpairResident', target: elderly._id })).toBe(1)
  expect(codeOf(await redeemFor(P.member, rewardId, elderly._id))).toBe('PAIRING.NOT_YOUR_ELDER')
  expect(dataOf(await callAs(P.member).care.myElders({})).elders.map((e) => e.id)).not.toContain(elderly._id)
  expect(codeOf(await visitAs(P.member, { elderId: elderly._id }))).toBe('CARE.NOT_YOURS')
})
