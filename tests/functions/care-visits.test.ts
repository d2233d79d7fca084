/**
 * 走访 end to end on the server: a helper records a visit to their elder with a need and a notice read
 * at the door (stored once however often it is sent); the need lands on the branch's 需求清单 and no
 * one else's; it becomes a 微心愿 or a 民生诉求 in one tap, exactly once; the secretary marks needs
 * handled (audited); the notice's read stats show 送达 by the helper; bad input writes nothing.
 */
import type { CareNeedDoc, CareProfileDoc } from '../../core/care/model'
import type { WishDoc } from '../../core/community/model'
import { beijingDayBefore } from '../../core/time'
import { callAs, codeOf, dataOf, P, unchecked } from '../support'
import { GRID, grantDemoScopes, today, visitAs } from './care-fixtures'
import { countOf, docOf, useCommunityDb } from './helpers'
import { publishAs } from './notices-fixtures'
import { rid } from './points-fixtures'

jest.setTimeout(180_000)
const db = useCommunityDb('care-visits')
beforeAll(async () => grantDemoScopes())

test('a helper records a visit once however often it is sent; the need reaches the elder’s branch only', async () => {
  const requestId = rid('same')
  const needs = [{ text: '想请人帮忙换一下卫生间的灯泡', tags: ['daily' as const, 'housing' as const] }]
  const replies = await Promise.all(Array.from({ length: 4 }, () => visitAs(P.member, { requestId, needs })))
  expect(replies.map((r) => dataOf(r).created).filter(Boolean)).toHaveLength(1)
  const { visit, needs: stored } = dataOf(replies[0])
  expect(visit).toMatchObject({ elderName: P.elder.name, byName: P.member.name, kind: 'home', needCount: 1 })
  expect(await countOf(db, 'careVisits', { _id: visit.id })).toBe(1)
  expect(await countOf(db, 'careNeeds', { visitId: visit.id })).toBe(1)
  expect((await docOf<CareProfileDoc>(db, 'careProfiles', P.elder.id))?.lastVisitDate).toBe(today())

  const list = dataOf(await callAs(P.secretary).care.needs({}))
  expect(list.items.find((n) => n.id === stored[0].id)).toMatchObject({ elderName: P.elder.name, status: 'open', mayHandle: true })
  expect(dataOf(await callAs(P.otherSecretary).care.needs({})).items.map((n) => n.id)).not.toContain(stored[0].id)
  // The helper's own list, and their elders with the last visit.
  expect(dataOf(await callAs(P.member).care.myVisits({})).items.map((v) => v.id)).toContain(visit.id)
  const elders = dataOf(await callAs(P.member).care.myElders({})).elders
  expect(elders.find((e) => e.id === P.elder.id)).toMatchObject({ via: 'paired', lastVisitDate: today() })
  // A member with neither an elder nor a grant has no lists.
  expect(codeOf(await callAs(P.elder).care.needs({}))).toBe('COMMON.FORBIDDEN')
})

test('bad input is refused with a clear code and nothing is written', async () => {
  const [visits, needs] = [await countOf(db, 'careVisits'), await countOf(db, 'careNeeds')]
  const need = [{ text: '需要轮椅', tags: [] }]
  expect(codeOf(await visitAs(P.member, { elderId: P.secretary.id, needs: need }))).toBe('CARE.NOT_YOURS')
  expect(codeOf(await visitAs(P.resident, { needs: need }))).toBe('COMMON.FORBIDDEN')
  expect(codeOf(await visitAs(P.member, { date: beijingDayBefore(new Date(), -1), needs: need }))).toBe('CARE.BAD_DATE')
  expect(codeOf(await visitAs(P.member, { date: beijingDayBefore(new Date(), 90), needs: need }))).toBe('CARE.BAD_DATE')
  expect(codeOf(await visitAs(P.member, { kind: 'careGift', goods: '米和油' }))).toBe('CARE.HELPER_KIND')
  expect(codeOf(await visitAs(P.secretary, { kind: 'careGift' }))).toBe('CARE.GIFT_EMPTY')
  expect(codeOf(await visitAs(P.secretary, { kind: 'eightHome' }))).toBe('CARE.HOME_VISIT_KIND')
  expect(codeOf(await visitAs(P.member, { needs: [{ text: '有偿代开发票，联系我', tags: [] }] }))).toBe('CONTENT.RISKY')
  expect(codeOf(await visitAs(P.member, unchecked({ extra: 1 })))).toBe('COMMON.VALIDATION')
  expect(codeOf(await visitAs(P.member, unchecked({ needs: [{ text: '', tags: [] }] })))).toBe('COMMON.VALIDATION')
  expect(codeOf(await visitAs(P.member, unchecked({ needs: [{ text: '看病', tags: ['money'] }] })))).toBe('COMMON.VALIDATION')
  expect(codeOf(await visitAs(P.member, { deliveredNoticeIds: ['no-such-notice'] }))).toBe('CARE.NOTICE_NOT_FOR_ELDER')
  // A notice meant for another branch cannot be "delivered" to this elder.
  const other = dataOf(await publishAs(P.otherSecretary, { audience: { kind: 'org', orgId: 'org-b2' } })).notice
  expect(codeOf(await visitAs(P.member, { deliveredNoticeIds: [other.id], needs: need }))).toBe('CARE.NOTICE_NOT_FOR_ELDER')
  expect([await countOf(db, 'careVisits'), await countOf(db, 'careNeeds')]).toEqual([visits, needs])
})

test('a notice read to the elder at the door counts as received, shown as 送达 by the helper', async () => {
  const notice = dataOf(await publishAs(P.secretary, { title: '关于高龄党员体检安排的通知' })).notice
  const before = dataOf(await callAs(P.secretary).notices.readStats({ noticeId: notice.id }))
  expect(before.unread.map((p) => p.personId)).toContain(P.elder.id)
  const forElder = dataOf(await callAs(P.member).care.noticesForElder({ elderId: P.elder.id })).notices
  expect(forElder.find((n) => n.id === notice.id)).toMatchObject({ received: false })

  const requestId = rid('door')
  dataOf(await visitAs(P.member, { requestId, deliveredNoticeIds: [notice.id] }))
  dataOf(await visitAs(P.member, { requestId, deliveredNoticeIds: [notice.id] }))
  const after = dataOf(await callAs(P.secretary).notices.readStats({ noticeId: notice.id }))
  expect(after.read).toBe(before.read + 1)
  expect(after.deliveredCount).toBe(1)
  expect(after.delivered).toEqual([expect.objectContaining({ personId: P.elder.id, name: P.elder.name, byName: P.member.name })])
  expect(after.unread.map((p) => p.personId)).not.toContain(P.elder.id)
  // The elder opening it later changes nothing: one receipt.
  dataOf(await callAs(P.elder).notices.get({ noticeId: notice.id }))
  expect(dataOf(await callAs(P.secretary).notices.readStats({ noticeId: notice.id })).read).toBe(before.read + 1)
  expect(
    dataOf(await callAs(P.member).care.noticesForElder({ elderId: P.elder.id })).notices.find((n) => n.id === notice.id),
  ).toMatchObject({
    received: true,
  })
})

test('a need becomes a 微心愿 (the elder wishes) or a 民生诉求 in one tap, exactly once; the rest are handled', async () => {
  const { needs } = dataOf(
    await visitAs(P.member, {
      needs: [
        { text: '想要一副老花镜', tags: ['wish'] },
        { text: '单元门禁坏了，进出不方便', tags: ['housing'] },
        { text: '希望有人陪同去医院复查', tags: ['health'] },
      ],
    }),
  )
  const [toWish, toTicket, toHandle] = needs.sort((a, b) => a.id.localeCompare(b.id))
  const wishes = await Promise.all([1, 2, 3].map(() => callAs(P.member).care.convertNeed({ needId: toWish.id, to: 'wish' })))
  const linked = new Set(wishes.map((r) => dataOf(r).linkedId))
  expect(linked.size).toBe(1)
  const wish = await docOf<WishDoc>(db, 'wishes', [...linked][0])
  expect(wish).toMatchObject({ wisherId: P.elder.id, posterId: P.member.id, status: 'pending' })
  expect(await countOf(db, 'wishes', { wisherId: P.elder.id })).toBe(1)
  // The wish waits for the elder's branch as every wish does.
  expect(dataOf(await callAs(P.secretary).community.pendingWishes({})).items.map((w) => w.id)).toContain(wish!._id)

  const ticket = dataOf(await callAs(P.secretary).care.convertNeed({ needId: toTicket.id, to: 'ticket' }))
  expect(ticket.need.status).toBe('ticket')
  expect(dataOf(await callAs(P.secretary).community.ticket({ ticketId: ticket.linkedId })).ticket).toMatchObject({ building: '琼林苑3栋' })
  expect(codeOf(await callAs(P.secretary).care.convertNeed({ needId: toTicket.id, to: 'wish' }))).toBe('CARE.NEED_CLOSED')
  expect(codeOf(await callAs(P.otherSecretary).care.convertNeed({ needId: toHandle.id, to: 'wish' }))).toBe('COMMON.NOT_FOUND')

  // Handling: the branch only, with a note; a repeat answers the same; audited.
  expect(codeOf(await callAs(P.member).care.handleNeed({ needId: toHandle.id, note: '已联系' }))).toBe('COMMON.NOT_FOUND')
  expect(codeOf(await callAs(P.secretary).care.handleNeed({ needId: toHandle.id, note: '' }))).toBe('COMMON.VALIDATION')
  const handled = dataOf(await callAs(P.secretary).care.handleNeed({ needId: toHandle.id, note: '已安排志愿者下周二陪同' }))
  expect(handled.need).toMatchObject({ status: 'handled', handledByName: P.secretary.name })
  dataOf(await callAs(P.secretary).care.handleNeed({ needId: toHandle.id, note: '已安排志愿者下周二陪同' }))
  expect(await countOf(db, 'auditLogs', { action: 'care.handleNeed', target: toHandle.id })).toBe(1)
  expect(codeOf(await callAs(P.secretary).care.handleNeed({ needId: toHandle.id, note: '另一个说法' }))).toBe('CARE.NEED_CLOSED')
  expect(dataOf(await callAs(P.secretary).care.needs({ status: 'handled' })).items.map((n) => n.id)).toContain(toHandle.id)
  expect((await docOf<CareNeedDoc>(db, 'careNeeds', toWish.id))?.status).toBe('wish')
})

test('the branch records 两节慰问 and 八个到家 (audited); 关爱记录 lists them by kind in scope', async () => {
  const gift = dataOf(
    await visitAs(P.secretary, { kind: 'careGift', goods: '大米一袋、食用油一桶', money: 500, companions: ['王建华'], text: '春节前慰问' }),
  ).visit
  expect(gift).toMatchObject({ kind: 'careGift', goods: '大米一袋、食用油一桶', money: 500, companions: ['王建华'] })
  const eight = dataOf(await visitAs(P.secretary, { kind: 'eightHome', homeVisitKind: 'springFestival' })).visit
  expect(eight.homeVisitKind).toBe('springFestival')
  expect(await countOf(db, 'auditLogs', { action: 'care.recordVisit', target: P.elder.id })).toBeGreaterThanOrEqual(2)
  const gifts = dataOf(await callAs(P.secretary).care.careRecords({ kind: 'careGift' })).items
  expect(gifts.map((v) => v.id)).toEqual([gift.id])
  expect(dataOf(await callAs(P.otherSecretary).care.careRecords({})).items).toEqual([])
  // A 网格员 of other buildings does not see the demo elder's records.
  expect(dataOf(await callAs(GRID).care.careRecords({})).items.map((v) => v.elderId)).not.toContain(P.elder.id)
})
