/**
 * 微心愿 end to end on the server: posted once per requestId (a helper for their elder only), approved
 * by the wisher's branch, claimed by exactly one of 50 people at once, lapsing back to the wall after
 * its day, fulfilled with a photo and confirmed — the points landing once however often it is sent.
 */
import { WISH_POINTS } from '../../core/community/constants'
import type { WishDoc } from '../../core/community/model'
import { beijingDayBefore } from '../../core/time'
import { callAs, codeOf, dataOf, P, seededMember, unchecked } from '../support'
import { countOf, docOf, useCommunityDb, useStoredPhotos } from './helpers'
import { balanceOf, rid } from './points-fixtures'

jest.setTimeout(180_000)
const db = useCommunityDb('community-wishes')

const photo = useStoredPhotos('community-wishes')
const inDays = (days: number) => beijingDayBefore(new Date(), -days)

const post = (who: { openid: string }, extra: Record<string, unknown> = {}) =>
  callAs(who).community.postWish({ requestId: rid('wish'), title: '想请人帮忙修好家里的旧收音机', needBy: inDays(10), ...extra })

/** A wish by the resident, approved by their branch secretary: on the wall. */
async function openWish(extra: Record<string, unknown> = {}): Promise<string> {
  const wish = dataOf(await post(P.resident, extra)).wish
  dataOf(await callAs(P.secretary).community.reviewWish({ wishId: wish.id, decision: 'approve' }))
  return wish.id
}

test('a wish is posted once however often the request is sent, and waits for review off the wall', async () => {
  const requestId = rid('same')
  const replies = await Promise.all(Array.from({ length: 5 }, () => post(P.resident, { requestId, photo: photo('a') })))
  const created = replies.map((r) => dataOf(r)).filter((r) => r.created)
  expect(created).toHaveLength(1)
  const wish = created[0].wish
  expect(wish).toMatchObject({ status: 'pending', wisherName: P.resident.name, myPart: 'wisher', photo: photo('a') })
  expect(await countOf(db, 'wishes', { posterId: P.resident.id })).toBe(1)
  // Not on the wall, and hidden from others until the branch approves.
  const wall = dataOf(await callAs(P.member).community.wishWall({}))
  expect(wall.items.map((w) => w.id)).not.toContain(wish.id)
  expect(codeOf(await callAs(P.member).community.wish({ wishId: wish.id }))).toBe('COMMON.NOT_FOUND')
  expect(dataOf(await callAs(P.resident).community.myWishes({})).items.map((w) => w.id)).toContain(wish.id)
})

test('bad input is refused with a clear code and nothing is written', async () => {
  const before = await countOf(db, 'wishes')
  expect(codeOf(await post(P.resident, { title: '' }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await post(P.resident, { needBy: inDays(0) }))).toBe('WISH.BAD_DATE')
  expect(codeOf(await post(P.resident, { needBy: inDays(120) }))).toBe('WISH.BAD_DATE')
  expect(codeOf(await post(P.resident, { needBy: '2026-13-40x' }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await post(P.resident, { photo: 'http://evil.example/x.jpg' }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await post(P.resident, unchecked({ extra: 1 })))).toBe('COMMON.VALIDATION')
  expect(codeOf(await post(P.resident, { title: '有偿代开发票，联系我' }))).toBe('CONTENT.RISKY')
  expect(codeOf(await callAs('visitor-wish').community.postWish({ requestId: rid(), title: '想要一本书', needBy: inDays(3) }))).toBe(
    'COMMON.FORBIDDEN',
  )
  expect(await countOf(db, 'wishes')).toBe(before)
})

test('a helper posts for their paired elder (the elder is the wisher), not for anyone else', async () => {
  const wish = dataOf(await post(P.member, { forPersonId: P.elder.id })).wish
  expect(wish).toMatchObject({ wisherName: P.elder.name, myPart: 'wisher' })
  expect((await docOf<WishDoc>(db, 'wishes', wish.id))?.orgPath).toEqual(seededMember(P.elder.id).orgPath)
  expect(codeOf(await post(P.member, { forPersonId: P.secretary.id }))).toBe('COMMUNITY.NOT_YOUR_ELDER')
  expect(codeOf(await post(P.resident, { forPersonId: P.elder.id }))).toBe('COMMUNITY.NOT_YOUR_ELDER')
  // The elder sees it among their own wishes.
  expect(dataOf(await callAs(P.elder).community.myWishes({})).items.map((w) => w.id)).toContain(wish.id)
})

test('only the wisher’s branch (or the committee) reviews; a rejection needs a reason; a second review is refused', async () => {
  const wish = dataOf(await post(P.resident)).wish
  expect(codeOf(await callAs(P.otherSecretary).community.reviewWish({ wishId: wish.id, decision: 'approve' }))).toBe('COMMON.NOT_FOUND')
  expect(codeOf(await callAs(P.member).community.reviewWish({ wishId: wish.id, decision: 'approve' }))).toBe('COMMON.FORBIDDEN')
  expect(codeOf(await callAs(P.secretary).community.reviewWish({ wishId: wish.id, decision: 'reject' }))).toBe('COMMON.VALIDATION')
  const pending = dataOf(await callAs(P.secretary).community.pendingWishes({}))
  expect(pending.items.map((w) => w.id)).toContain(wish.id)
  expect(dataOf(await callAs(P.otherSecretary).community.pendingWishes({})).items.map((w) => w.id)).not.toContain(wish.id)
  dataOf(await callAs(P.admin).community.reviewWish({ wishId: wish.id, decision: 'reject', reason: '请写清楚需要什么帮助' }))
  expect(codeOf(await callAs(P.secretary).community.reviewWish({ wishId: wish.id, decision: 'approve' }))).toBe('WISH.ALREADY_REVIEWED')
  expect(dataOf(await callAs(P.resident).community.wish({ wishId: wish.id })).wish).toMatchObject({
    status: 'rejected',
    reason: '请写清楚需要什么帮助',
  })
  expect(await countOf(db, 'auditLogs', { action: 'community.reviewWish', target: wish.id })).toBe(1)
})

test('on the wall the wisher’s name is masked to others', async () => {
  const wishId = await openWish()
  const seen = dataOf(await callAs(P.member).community.wish({ wishId })).wish
  expect(seen.wisherName).toBe('赵*娜')
  expect(seen.myPart).toBeNull()
  expect(dataOf(await callAs('visitor-wall').community.wishWall({})).items.find((w) => w.id === wishId)?.wisherName).toBe('赵*娜')
  expect(dataOf(await callAs(P.secretary).community.wish({ wishId })).wish.wisherName).toBe(P.resident.name)
})

test('50 people claiming one wish at once: one claimant, the rest told it is taken, 0 INTERNAL', async () => {
  const wishId = await openWish()
  const claimers = Array.from({ length: 50 }, (_, i) => `wx-resident-${i + 1}`)
  const replies = await Promise.all(claimers.map((openid) => callAs(openid).community.claimWish({ wishId })))
  const codes = replies.map(codeOf)
  expect(codes.filter((c) => c === 'ok')).toHaveLength(1)
  expect(codes.filter((c) => c === 'WISH.NOT_OPEN')).toHaveLength(49)
  const doc = await docOf<WishDoc>(db, 'wishes', wishId)
  const winner = claimers[codes.indexOf('ok')]
  expect(doc).toMatchObject({ status: 'claimed' })
  // The same claimant tapping again keeps their claim; the wisher cannot claim their own wish.
  expect(codeOf(await callAs(winner).community.claimWish({ wishId }))).toBe('ok')
  expect(codeOf(await callAs(P.resident).community.claimWish({ wishId }))).toBe('WISH.OWN_WISH')
})

test('claim → fulfil → confirm: the fulfiller gets the points exactly once, double taps change nothing', async () => {
  const wishId = await openWish()
  const before = await balanceOf(db, P.member.id)
  const claims = await Promise.all([1, 2].map(() => callAs(P.member).community.claimWish({ wishId })))
  expect(claims.map(codeOf)).toEqual(['ok', 'ok'])
  // Only the claimant fulfils, with a photo.
  expect(codeOf(await callAs(P.secretary).community.fulfilWish({ wishId, photo: photo('b') }))).toBe('WISH.NOT_CLAIMANT')
  expect(codeOf(await callAs(P.member).community.fulfilWish(unchecked({ wishId })))).toBe('COMMON.VALIDATION')
  // The wisher cannot confirm before it is fulfilled.
  expect(codeOf(await callAs(P.resident).community.confirmWish({ wishId }))).toBe('WISH.WRONG_STATE')
  const fulfils = await Promise.all([1, 2].map(() => callAs(P.member).community.fulfilWish({ wishId, photo: photo('b'), note: '已修好' })))
  expect(fulfils.map(codeOf)).toEqual(['ok', 'ok'])
  expect(dataOf(fulfils[0]).wish).toMatchObject({ status: 'fulfilled', fulfilPhoto: photo('b'), myPart: 'claimant' })
  // Someone else cannot confirm it.
  expect(codeOf(await callAs(P.secretary).community.confirmWish({ wishId }))).toBe('WISH.NOT_WISHER')
  const confirms = await Promise.all(Array.from({ length: 4 }, () => callAs(P.resident).community.confirmWish({ wishId })))
  expect(confirms.map(codeOf)).toEqual(['ok', 'ok', 'ok', 'ok'])
  expect(confirms.map((r) => dataOf(r).points).sort()).toEqual([0, 0, 0, WISH_POINTS])
  expect(await balanceOf(db, P.member.id)).toBe(before + WISH_POINTS)
  expect(await countOf(db, 'pointEntries', { _id: `wish:${wishId}` })).toBe(1)
  expect((await docOf<WishDoc>(db, 'wishes', wishId))?.status).toBe('confirmed')
  expect(dataOf(await callAs(P.member).points.ledger({})).items[0]).toMatchObject({ kind: 'wish', amount: WISH_POINTS })
  const wall = dataOf(await callAs(P.resident).community.wishWall({ status: 'confirmed' }))
  expect(wall.items.map((w) => w.id)).toContain(wishId)
})

test('the helper confirms for their elder; the fulfiller is paid once', async () => {
  const wish = dataOf(await post(P.member, { forPersonId: P.elder.id })).wish
  dataOf(await callAs(P.secretary).community.reviewWish({ wishId: wish.id, decision: 'approve' }))
  expect(codeOf(await callAs(P.member).community.claimWish({ wishId: wish.id }))).toBe('WISH.OWN_WISH')
  dataOf(await callAs(P.resident).community.claimWish({ wishId: wish.id }))
  dataOf(await callAs(P.resident).community.fulfilWish({ wishId: wish.id, photo: photo('c') }))
  const before = await balanceOf(db, P.resident.id)
  expect(dataOf(await callAs(P.member).community.confirmWish({ wishId: wish.id })).points).toBe(WISH_POINTS)
  expect(dataOf(await callAs(P.elder).community.confirmWish({ wishId: wish.id })).points).toBe(0)
  expect(await balanceOf(db, P.resident.id)).toBe(before + WISH_POINTS)
})

test('a claim not fulfilled by the wish’s day lapses back to the wall, once however often the timer runs', async () => {
  const wishId = await openWish({ needBy: inDays(2) })
  dataOf(await callAs(P.member).community.claimWish({ wishId }))
  // Before the day has passed nothing lapses.
  expect(dataOf(await callAs(P.admin).community.lapseClaims({})).lapsed).toBe(0)
  await db
    .collection('wishes')
    .doc(wishId)
    .update({ data: { needBy: inDays(-1) } })
  const runs = await Promise.all([1, 2, 3].map(() => callAs(P.admin).community.lapseClaims({})))
  expect(runs.map((r) => dataOf(r).lapsed).reduce((a, b) => a + b, 0)).toBe(1)
  const doc = await docOf<WishDoc>(db, 'wishes', wishId)
  expect(doc).toMatchObject({ status: 'open', claimantId: null, lapses: 1 })
  expect(dataOf(await callAs(P.resident).community.wishWall({})).items.map((w) => w.id)).toContain(wishId)
  // The one-time claimant can no longer fulfil it.
  expect(codeOf(await callAs(P.member).community.fulfilWish({ wishId, photo: photo('d') }))).toBe('WISH.NOT_CLAIMANT')
})

test('numbers per subtree: posted, claimed, fulfilled, lapsed', async () => {
  const mine = dataOf(await callAs(P.secretary).community.wishNumbers({}))
  const all = dataOf(await callAs(P.admin).community.wishNumbers({}))
  const other = dataOf(await callAs(P.otherSecretary).community.wishNumbers({}))
  expect(all.posted).toBe(await countOf(db, 'wishes'))
  expect(mine.posted).toBeGreaterThan(0)
  expect(other.posted).toBe(0)
  expect(all.confirmed).toBe(2)
  expect(all.lapsed).toBe(1)
  expect(all.pointsAwarded).toBe(2 * WISH_POINTS)
  expect(all.claimed).toBeGreaterThanOrEqual(1)
  expect(codeOf(await callAs(P.member).community.wishNumbers({}))).toBe('COMMON.FORBIDDEN')
})
