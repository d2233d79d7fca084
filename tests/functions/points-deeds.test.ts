/**
 * 日行一善: reported by a person (or a helper for their elder) once per requestId, reviewed only by
 * secretaries/admins of the person's subtree, approved exactly once (points on the statement), rejected
 * only with a reason.
 */
import { callAs, codeOf, dataOf, P, seededMember } from '../support'
import { storeFile, testJpeg } from '../support/cloud-services'
import { countOf, useCommunityDb } from './helpers'
import { balanceOf, makeCategory, rid } from './points-fixtures'

jest.setTimeout(120_000)
const db = useCommunityDb('points-deeds')
let categoryId: string

beforeAll(async () => {
  categoryId = await makeCategory('互帮互助', 20)
})

const submit = (openid: string, extra: Record<string, unknown> = {}) =>
  callAs(openid).points.submitGoodDeed({
    requestId: rid('deed'),
    categoryId,
    text: '帮楼下独居老人买菜',
    ...extra,
  })

test('a resident reports a good deed once however often the request is sent', async () => {
  const requestId = rid('same')
  const photo = await storeFile(`tests/${requestId}.jpg`, testJpeg())
  const replies = await Promise.all(Array.from({ length: 5 }, () => submit(P.resident.openid, { requestId, photos: [photo] })))
  const results = replies.map(dataOf)
  expect(results.filter((r) => r.created)).toHaveLength(1)
  expect(results[0].deed).toMatchObject({ status: 'pending', points: 20, personName: P.resident.name, categoryName: '互帮互助' })
  expect(await countOf(db, 'goodDeeds', { personId: P.resident.id })).toBe(1)
  const mine = dataOf(await callAs(P.resident).points.myGoodDeeds({}))
  expect(mine.items.map((d) => d.id)).toEqual([results[0].deed.id])
})

test('photos are at most three valid file ids; text is required', async () => {
  const photo = (c: string) => `local:${c.repeat(64)}.jpg`
  expect(codeOf(await submit(P.resident.openid, { photos: [photo('a'), photo('b'), photo('c'), photo('d')] }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await submit(P.resident.openid, { photos: ['http://evil.example/x.jpg'] }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await submit(P.resident.openid, { text: '' }))).toBe('COMMON.VALIDATION')
  // Emoji, symbols or spaces alone are not a description: refused in words, nothing written.
  const before = await countOf(db, 'goodDeeds')
  for (const text of ['👍', '👍👍👍', '   ', '！！。。', '🙂 🙂']) {
    const reply = await submit(P.resident.openid, { text })
    expect(codeOf(reply)).toBe('COMMON.VALIDATION')
    if (text.trim().length >= 2) expect(reply.ok ? '' : reply.error.message).toContain('不能只有表情或符号')
  }
  expect(await countOf(db, 'goodDeeds')).toBe(before)
  expect(dataOf(await submit(P.resident.openid, { text: '扶老人👍' })).deed.status).toBe('pending')
  expect(codeOf(await submit(P.resident.openid, { categoryId: 'nope' }))).toBe('COMMON.NOT_FOUND')
})

test('a helper reports for their paired elder, not for anyone else', async () => {
  const deed = dataOf(await submit(P.member.openid, { forPersonId: P.elder.id })).deed
  expect(deed).toMatchObject({ byHelper: true, personName: '李桂兰', reporterName: '张晓东' })
  expect(codeOf(await submit(P.member.openid, { forPersonId: P.secretary.id }))).toBe('POINTS.NOT_YOUR_ELDER')
  expect(codeOf(await submit(P.resident.openid, { forPersonId: P.elder.id }))).toBe('POINTS.NOT_YOUR_ELDER')
})

test('a pairing that holds on one side only (the elder’s helperId names someone else) lets the helper report nothing for them', async () => {
  const [, secondElder] = seededMember(P.member.id).pairedElderIds
  await db
    .collection('members')
    .doc(secondElder)
    .update({ data: { helperId: P.secretary.id } })
  expect(codeOf(await submit(P.member.openid, { forPersonId: secondElder }))).toBe('POINTS.NOT_YOUR_ELDER')
  await db
    .collection('members')
    .doc(secondElder)
    .update({ data: { helperId: P.member.id } })
  expect(dataOf(await submit(P.member.openid, { forPersonId: secondElder })).deed.byHelper).toBe(true)
})

test('only secretaries and admins of the person’s subtree see and review the report', async () => {
  const deed = dataOf(await submit(P.resident.openid)).deed
  // The resident lives in 琼林苑3栋, looked after by 第一党支部.
  const firstBranch = dataOf(await callAs(P.secretary).points.goodDeeds({ status: 'pending' }))
  expect(firstBranch.items.map((d) => d.id)).toContain(deed.id)
  const secondBranch = dataOf(await callAs(P.otherSecretary).points.goodDeeds({ status: 'pending' }))
  expect(secondBranch.items.map((d) => d.id)).not.toContain(deed.id)
  expect(codeOf(await callAs(P.otherSecretary).points.reviewGoodDeed({ deedId: deed.id, decision: 'approve' }))).toBe('COMMON.NOT_FOUND')
  expect(codeOf(await callAs(P.member).points.reviewGoodDeed({ deedId: deed.id, decision: 'approve' }))).toBe('COMMON.FORBIDDEN')
  expect(codeOf(await callAs(P.resident).points.goodDeeds({}))).toBe('COMMON.FORBIDDEN')
  expect(await countOf(db, 'pointEntries', { ref: deed.id })).toBe(0)
})

test('approving in parallel credits once; the balance and the statement show it', async () => {
  const before = await balanceOf(db, P.resident.id)
  const deed = dataOf(await submit(P.resident.openid)).deed
  const reviews = await Promise.all([
    callAs(P.secretary).points.reviewGoodDeed({ deedId: deed.id, decision: 'approve' }),
    callAs(P.secretary).points.reviewGoodDeed({ deedId: deed.id, decision: 'approve' }),
    callAs(P.admin).points.reviewGoodDeed({ deedId: deed.id, decision: 'approve' }),
    callAs(P.admin).points.reviewGoodDeed({ deedId: deed.id, decision: 'approve' }),
  ])
  expect(reviews.filter((r) => r.ok)).toHaveLength(1)
  expect(reviews.filter((r) => codeOf(r) === 'POINTS.ALREADY_REVIEWED')).toHaveLength(3)
  const account = dataOf(await callAs(P.resident).points.account())
  expect(account.balance).toBe(before + 20)
  expect(account.months[11].points).toBeGreaterThanOrEqual(20)
  const statement = dataOf(await callAs(P.resident).points.ledger({}))
  expect(statement.items[0]).toMatchObject({ kind: 'deed', amount: 20, balanceAfter: before + 20, reason: '日行一善「互帮互助」' })
  expect(await countOf(db, 'pointEntries', { ref: deed.id })).toBe(2)
})

test('a rejection needs a reason and credits nothing', async () => {
  const deed = dataOf(await submit(P.resident.openid)).deed
  expect(codeOf(await callAs(P.secretary).points.reviewGoodDeed({ deedId: deed.id, decision: 'reject' }))).toBe('COMMON.VALIDATION')
  const rejected = dataOf(
    await callAs(P.secretary).points.reviewGoodDeed({ deedId: deed.id, decision: 'reject', reason: '照片看不清' }),
  ).deed
  expect(rejected).toMatchObject({ status: 'rejected', reason: '照片看不清' })
  expect(await countOf(db, 'pointEntries', { ref: deed.id })).toBe(0)
})

test('switched-off categories cannot be chosen; only admins edit categories', async () => {
  const id = await makeCategory('旧类别', 5)
  dataOf(await callAs(P.admin).points.upsertCategory({ id, name: '旧类别', points: 5, active: false }))
  expect(codeOf(await submit(P.resident.openid, { categoryId: id }))).toBe('POINTS.CATEGORY_UNAVAILABLE')
  expect(codeOf(await callAs(P.secretary).points.upsertCategory({ name: 'x', points: 5 }))).toBe('COMMON.FORBIDDEN')
  for (const pts of [0, -5, 2.5, 100_000])
    expect(codeOf(await callAs(P.admin).points.upsertCategory({ name: '坏', points: pts }))).toBe('COMMON.VALIDATION')
  const listed = dataOf(await callAs(P.resident).points.categories({})).items.map((c) => c.id)
  expect(listed).toContain(categoryId)
  expect(listed).not.toContain(id)
})
