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
  dataOf(await submit({ photos: [clean, risky] }))
  expect(Object.fromEntries(await photoReviews([clean, risky]))).toEqual({ [clean]: 'pending', [risky]: 'pending' })
  expect(await deliverPushes()).toBe(2)
  expect(Object.fromEntries(await photoReviews([clean, risky]))).toEqual({ [clean]: 'pass', [risky]: 'risky' })
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
