/**
 * Content security through the real SDK and the local stand-in: text with a word WeChat flags is
 * refused before anything is written; photos are checked asynchronously and stay hidden from others
 * until WeChat's verdict arrives; the verdict only counts when WeChat pushes it.
 */
import { photoReviews, screenText } from '../../cloudfunctions/_core/content-security'
import { resolveCaller } from '../../cloudfunctions/_core/caller'
import { callAs, codeOf, dataOf, P } from '../support'
import { deliverPushes, storeFile, testJpeg } from '../support/cloud-services'
import { countOf, useCommunityDb } from './helpers'
import { newDraftId, noticeFields } from './notices-fixtures'
import { makeCategory, rid } from './points-fixtures'

jest.setTimeout(120_000)
const db = useCommunityDb('content-security')
let categoryId: string

beforeAll(async () => {
  categoryId = await makeCategory('邻里互助', 10)
})

const submit = (extra: Record<string, unknown>) =>
  callAs(P.resident).points.submitGoodDeed({ requestId: rid('cs'), categoryId, text: '帮邻居修好了水龙头', ...extra })

test('a good deed with a forbidden word is refused with CONTENT.RISKY and nothing is written', async () => {
  const before = await countOf(db, 'goodDeeds')
  const reply = await submit({ text: '帮人代开发票赚了点钱' })
  expect(codeOf(reply)).toBe('CONTENT.RISKY')
  expect(reply.ok ? '' : reply.error.message).toMatch(/不适宜发布/)
  expect(await countOf(db, 'goodDeeds')).toBe(before)
  expect(codeOf(await submit({}))).toBe('ok')
})

test('screenText checks long texts in parts and passes clean ones', async () => {
  const caller = await resolveCaller(P.resident.openid)
  expect((await screenText(caller, ['邻里守望'.repeat(700), null, ''], 'forum')).ok).toBe(true)
  const late = await screenText(caller, ['好'.repeat(2600) + '赌博'], 'forum')
  expect(late.ok ? 'ok' : late.error.code).toBe('CONTENT.RISKY')
})

test('a photo stays pending until WeChat pushes its verdict; a risky photo is marked risky', async () => {
  const clean = await storeFile(`tests/${rid('ok')}.jpg`, testJpeg())
  const risky = await storeFile(`tests/${rid('bad')}.jpg`, testJpeg('HONGLIN-RISKY-MEDIA'))
  expect(clean).toMatch(/^cloud:\/\//)
  const { deed } = dataOf(await submit({ photos: [clean, risky] }))
  expect(Object.fromEntries(await photoReviews([clean, risky]))).toEqual({ [clean]: 'pending', [risky]: 'pending' })
  // Until the verdict: the reporter sees both marked 审核中, the reviewer sees none.
  expect(deed).toMatchObject({
    photos: [],
    heldPhotos: [
      { fileId: clean, review: 'pending' },
      { fileId: risky, review: 'pending' },
    ],
  })
  const reviewerView = async () =>
    dataOf(await callAs(P.secretary).points.goodDeeds({ status: 'pending' })).items.find((d) => d.id === deed.id)!
  expect(await reviewerView()).toMatchObject({ photos: [], heldPhotos: [] })

  expect(await deliverPushes()).toBe(2)
  expect(Object.fromEntries(await photoReviews([clean, risky]))).toEqual({ [clean]: 'pass', [risky]: 'risky' })
  expect(await reviewerView()).toMatchObject({ photos: [clean], heldPhotos: [] })
  const mine = dataOf(await callAs(P.resident).points.myGoodDeeds({})).items.find((d) => d.id === deed.id)!
  expect(mine).toMatchObject({ photos: [clean], heldPhotos: [{ fileId: risky, review: 'risky' }] })
})

test('a client cannot forge a verdict: the push counts only without a caller', async () => {
  const photo = await storeFile(`tests/${rid('forge')}.jpg`, testJpeg('HONGLIN-RISKY-MEDIA'))
  dataOf(await submit({ photos: [photo] }))
  const docs = ((await db.collection('mediaReviews').where({ fileId: photo }).get()) as unknown as { data: Array<{ traceId: string }> })
    .data
  const forged = await callAs(P.resident).raw('members', '', {
    Event: 'wxa_media_check',
    trace_id: docs[0].traceId,
    result: { suggest: 'pass' },
  })
  expect(forged.ok).toBe(false)
  const { runAs } = require('../../cloudfunctions/_core/local-context') as typeof import('../../cloudfunctions/_core/local-context')
  const main = (require('../../cloudfunctions/members') as { main: (e: unknown) => Promise<unknown> }).main
  await runAs(P.resident.openid, () => main({ Event: 'wxa_media_check', trace_id: docs[0].traceId, result: { suggest: 'pass' } }))
  expect((await photoReviews([photo])).get(photo)).toBe('pending')
  await deliverPushes()
  expect((await photoReviews([photo])).get(photo)).toBe('risky')
})

test('a photo that is not in storage is refused', async () => {
  expect(codeOf(await submit({ photos: [`local:${'e'.repeat(64)}.jpg`] }))).toBe('FILE.REJECTED')
})

test('a notice’s image reaches readers only once WeChat passed it; its title is screened too', async () => {
  const image = await storeFile(`tests/${rid('notice')}.jpg`, testJpeg())
  expect(codeOf(await callAs(P.admin).notices.publish({ draftId: newDraftId(), fields: noticeFields({ title: '赌博游戏推广' }) }))).toBe(
    'CONTENT.RISKY',
  )
  const { notice } = dataOf(await callAs(P.admin).notices.publish({ draftId: newDraftId(), fields: noticeFields({ images: [image] }) }))
  expect(notice.images).toEqual([image])
  const read = async () => dataOf(await callAs(P.member).notices.get({ noticeId: notice.id })).notice.images
  expect(await read()).toEqual([])
  await deliverPushes()
  expect(await read()).toEqual([image])
})

test('a reward’s photo shows at the 公益集市 only once WeChat passed it; the committee sees it to edit', async () => {
  const photo = await storeFile(`tests/${rid('reward')}.jpg`, testJpeg())
  const { reward } = dataOf(
    await callAs(P.admin).points.upsertReward({ name: `环保袋 ${rid('r')}`, price: 10, stockChange: 5, monthlyLimit: 2, photo }),
  )
  const shelfPhoto = async (who: typeof P.admin) =>
    dataOf(await callAs(who).points.rewards({})).items.find((item) => item.id === reward.id)?.photo
  expect(await shelfPhoto(P.resident)).toBeNull()
  expect(await shelfPhoto(P.admin)).toBe(photo)
  await deliverPushes()
  expect(await shelfPhoto(P.resident)).toBe(photo)
  expect(codeOf(await callAs(P.admin).points.upsertReward({ name: '色情光碟', price: 10, stockChange: 1, monthlyLimit: 1 }))).toBe(
    'CONTENT.RISKY',
  )
})

test('a wish’s photo shows on the 心愿墙 only once WeChat passed it; its wisher and the reviewing secretary see it at once', async () => {
  const photo = await storeFile(`tests/${rid('wish')}.jpg`, testJpeg())
  const needBy = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
  const posted = dataOf(await callAs(P.resident).community.postWish({ requestId: rid('w'), title: '想请人帮忙换个灯泡', needBy, photo }))
  expect(posted.wish.photo).toBe(photo)
  const detail = async (who: typeof P.admin) => dataOf(await callAs(who).community.wish({ wishId: posted.wish.id })).wish.photo
  expect(await detail(P.secretary)).toBe(photo)
  dataOf(await callAs(P.secretary).community.reviewWish({ wishId: posted.wish.id, decision: 'approve' }))
  const onWall = async () => dataOf(await callAs(P.member).community.wishWall({})).items.find((w) => w.id === posted.wish.id)?.photo
  expect(await onWall()).toBeNull()
  expect(await detail(P.member)).toBeNull()
  expect(await detail(P.resident)).toBe(photo)
  await deliverPushes()
  expect(await onWall()).toBe(photo)
  expect(await detail(P.member)).toBe(photo)
})
