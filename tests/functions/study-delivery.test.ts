import { beijingDay } from '../../core/time'
import { callAs, codeOf, dataOf, membersOf, P, unchecked, type Who } from '../support'
import { countOf, useCommunityDb } from './helpers'
import { addMaterial } from './study-fixtures'
import type { RequestOf } from '../../core/contract'

jest.setTimeout(180000)

type Delivery = RequestOf<'study', 'recordDelivery'>

const db = useCommunityDb('study_delivery')
const today = () => beijingDay(new Date())
const otherElder = membersOf('org-b1').find((m) => m.elder && m._id !== 'm-elder' && m.helperId !== 'm-member')!

describe('结对送学', () => {
  it('the helper sees each elder’s assigned materials not yet studied; a phone delivery counts for the elder as 由 张晓东 送学', async () => {
    const material = await addMaterial({ title: '党章第一章 党员', topic: '党章党规' })
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
    dataOf(await callAs(P.secretary).study.assign({ materialId: material, target: { kind: 'member', memberId: 'm-elder' }, dueDate: due }))

    const before = dataOf(await callAs(P.member).study.pairedStudy())
    const elder = before.elders.find((e) => e.id === 'm-elder')!
    expect(elder.name).toBe('李桂兰')
    expect(elder.pending.map((p) => p.materialId)).toContain(material)
    const elderBefore = dataOf(await callAs(P.elder).study.myStudy()).minutes

    const body = { elderId: 'm-elder', materialId: material, date: today(), method: 'phone' as const, minutes: 30 }
    const replies = await Promise.all([0, 1, 2].map(() => callAs(P.member).study.recordDelivery(body)))
    expect(replies.map((r) => dataOf(r).duplicate).filter((d) => !d)).toHaveLength(1)
    expect(await countOf(db, 'studyDeliveries', { elderId: 'm-elder', materialId: material })).toBe(1)

    const elderStudy = dataOf(await callAs(P.elder).study.myStudy())
    expect(elderStudy.minutes).toBe(elderBefore + 30)
    expect(elderStudy.records[0]).toMatchObject({
      materialId: material,
      minutes: 30,
      source: 'delivery',
      deliveredBy: '张晓东',
      method: 'phone',
    })
    expect(elderStudy.assignments.find((a) => a.materialId === material)?.studiedMinutes).toBe(30)

    const after = dataOf(await callAs(P.member).study.pairedStudy())
    expect(after.elders.find((e) => e.id === 'm-elder')!.pending.map((p) => p.materialId)).not.toContain(material)
    expect(after.elders.find((e) => e.id === 'm-elder')!.recent[0]).toMatchObject({
      materialId: material,
      method: 'phone',
      helperName: '张晓东',
    })
  })

  it('only the paired helper records a delivery, for a date in the last month, and within the daily cap', async () => {
    const material = await addMaterial({ title: '政策法规学习', topic: '政策法规' })
    const visit: Delivery = { elderId: 'm-elder', materialId: material, date: today(), method: 'visit', minutes: 20 }
    const refusal = async (who: Who, delivery: Delivery) => codeOf(await callAs(who).study.recordDelivery(delivery))
    expect(await refusal(P.member, { ...visit, elderId: otherElder._id })).toBe('STUDY.NOT_PAIRED')
    expect(await refusal(P.secretary, visit)).toBe('STUDY.NOT_PAIRED')
    expect(await refusal(P.member, { ...visit, date: '2099-01-01' })).toBe('STUDY.BAD_DATE')
    expect(await refusal(P.member, { ...visit, date: '2020-01-01' })).toBe('STUDY.BAD_DATE')
    expect(await refusal(P.member, unchecked({ ...visit, method: 'letter' }))).toBe('COMMON.VALIDATION')
    expect(await refusal(P.member, { ...visit, photoFileId: 'http://x/y.png' })).toBe('COMMON.VALIDATION')
    expect(await countOf(db, 'studyDeliveries', { materialId: material })).toBe(0)

    const reply = dataOf(await callAs(P.member).study.recordDelivery({ ...visit, method: 'remote', minutes: 90 }))
    expect(reply.delivery).toMatchObject({ minutes: 90, credited: 60 })
  })

  it('shows managers deliveries per helper this month and the elders nobody reached, inside their subtree only', async () => {
    const overview = dataOf(await callAs(P.secretary).study.deliveries())
    expect(overview.month).toBe(today().slice(0, 7))
    expect(overview.helpers.find((h) => h.helperId === 'm-member')).toMatchObject({ helperName: '张晓东', deliveries: 2, elders: 1 })
    const unreached = overview.unreached.map((e) => e.elderId)
    expect(unreached).not.toContain('m-elder')
    expect(unreached).toContain(otherElder._id)
    expect(overview.unreached.every((e) => !e.phoneMasked || /\*{4}/.test(e.phoneMasked))).toBe(true)
    expect(overview.unreached.length).toBe(membersOf('org-b1').filter((m) => m.elder && !m.archived).length - 1)

    const other = dataOf(await callAs(P.otherSecretary).study.deliveries())
    expect(other.helpers).toEqual([])
    expect(other.unreached.map((e) => e.elderId)).not.toContain(otherElder._id)
    expect(codeOf(await callAs(P.member).study.deliveries())).toBe('COMMON.FORBIDDEN')
    expect(dataOf(await callAs(P.secretary).study.deliveries({ month: '2020-01' })).helpers).toEqual([])
  })
})
