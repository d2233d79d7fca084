import type { DeliveriesResponse, MyStudyResponse, PairedStudyResponse } from '../../core/contract/study'
import { beijingDay } from '../../core/time'
import { seedCommunity, useFunctionEnv } from './helpers'
import { codeOf, dataOf, membersOf } from './members-fixtures'
import { addMaterial, callStudy } from './study-fixtures'

jest.setTimeout(180000)

let db: Awaited<ReturnType<typeof useFunctionEnv>>['db']
const count = async (name: string, where: object) =>
  ((await db.collection(name).where(where).count()) as unknown as { total: number }).total
const today = () => beijingDay(new Date())
const otherElder = membersOf('org-b1').find((m) => m.elder && m._id !== 'm-elder' && m.helperId !== 'm-member')!

beforeAll(async () => {
  ;({ db } = await useFunctionEnv('study_delivery'))
  await seedCommunity(db)
})

describe('结对送学', () => {
  it('the helper sees each elder’s assigned materials not yet studied; a phone delivery counts for the elder as 由 张晓东 送学', async () => {
    const material = await addMaterial({ title: '党章第一章 党员', topic: '党章党规' })
    const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
    dataOf(
      await callStudy('demo-secretary', 'assign', { materialId: material, target: { kind: 'member', memberId: 'm-elder' }, dueDate: due }),
    )

    const before = dataOf(await callStudy<PairedStudyResponse>('demo-member', 'pairedStudy'))
    const elder = before.elders.find((e) => e.id === 'm-elder')!
    expect(elder.name).toBe('李桂兰')
    expect(elder.pending.map((p) => p.materialId)).toContain(material)
    const elderBefore = dataOf(await callStudy<MyStudyResponse>('demo-elder', 'myStudy')).minutes

    const body = { elderId: 'm-elder', materialId: material, date: today(), method: 'phone', minutes: 30 }
    const replies = await Promise.all([0, 1, 2].map(() => callStudy<{ duplicate: boolean }>('demo-member', 'recordDelivery', body)))
    expect(replies.map((r) => dataOf(r).duplicate).filter((d) => !d)).toHaveLength(1)
    expect(await count('studyDeliveries', { elderId: 'm-elder', materialId: material })).toBe(1)

    const elderStudy = dataOf(await callStudy<MyStudyResponse>('demo-elder', 'myStudy'))
    expect(elderStudy.minutes).toBe(elderBefore + 30)
    expect(elderStudy.records[0]).toMatchObject({
      materialId: material,
      minutes: 30,
      source: 'delivery',
      deliveredBy: '张晓东',
      method: 'phone',
    })
    expect(elderStudy.assignments.find((a) => a.materialId === material)?.studiedMinutes).toBe(30)

    const after = dataOf(await callStudy<PairedStudyResponse>('demo-member', 'pairedStudy'))
    expect(after.elders.find((e) => e.id === 'm-elder')!.pending.map((p) => p.materialId)).not.toContain(material)
    expect(after.elders.find((e) => e.id === 'm-elder')!.recent[0]).toMatchObject({
      materialId: material,
      method: 'phone',
      helperName: '张晓东',
    })
  })

  it('only the paired helper records a delivery, for a date in the last month, and within the daily cap', async () => {
    const material = await addMaterial({ title: '政策法规学习', topic: '政策法规' })
    expect(
      codeOf(
        await callStudy('demo-member', 'recordDelivery', {
          elderId: otherElder._id,
          materialId: material,
          date: today(),
          method: 'visit',
          minutes: 20,
        }),
      ),
    ).toBe('STUDY.NOT_PAIRED')
    expect(
      codeOf(
        await callStudy('demo-secretary', 'recordDelivery', {
          elderId: 'm-elder',
          materialId: material,
          date: today(),
          method: 'visit',
          minutes: 20,
        }),
      ),
    ).toBe('STUDY.NOT_PAIRED')
    expect(
      codeOf(
        await callStudy('demo-member', 'recordDelivery', {
          elderId: 'm-elder',
          materialId: material,
          date: '2099-01-01',
          method: 'visit',
          minutes: 20,
        }),
      ),
    ).toBe('STUDY.BAD_DATE')
    expect(
      codeOf(
        await callStudy('demo-member', 'recordDelivery', {
          elderId: 'm-elder',
          materialId: material,
          date: '2020-01-01',
          method: 'visit',
          minutes: 20,
        }),
      ),
    ).toBe('STUDY.BAD_DATE')
    expect(
      codeOf(
        await callStudy('demo-member', 'recordDelivery', {
          elderId: 'm-elder',
          materialId: material,
          date: today(),
          method: 'letter',
          minutes: 20,
        }),
      ),
    ).toBe('COMMON.VALIDATION')
    expect(
      codeOf(
        await callStudy('demo-member', 'recordDelivery', {
          elderId: 'm-elder',
          materialId: material,
          date: today(),
          method: 'visit',
          minutes: 20,
          photoFileId: 'http://x/y.png',
        }),
      ),
    ).toBe('COMMON.VALIDATION')
    expect(await count('studyDeliveries', { materialId: material })).toBe(0)

    const reply = dataOf(
      await callStudy<{ delivery: { credited: number; minutes: number } }>('demo-member', 'recordDelivery', {
        elderId: 'm-elder',
        materialId: material,
        date: today(),
        method: 'remote',
        minutes: 90,
      }),
    )
    expect(reply.delivery).toMatchObject({ minutes: 90, credited: 60 })
  })

  it('shows managers deliveries per helper this month and the elders nobody reached, inside their subtree only', async () => {
    const overview = dataOf(await callStudy<DeliveriesResponse>('demo-secretary', 'deliveries'))
    expect(overview.month).toBe(today().slice(0, 7))
    expect(overview.helpers.find((h) => h.helperId === 'm-member')).toMatchObject({ helperName: '张晓东', deliveries: 2, elders: 1 })
    const unreached = overview.unreached.map((e) => e.elderId)
    expect(unreached).not.toContain('m-elder')
    expect(unreached).toContain(otherElder._id)
    expect(overview.unreached.every((e) => !e.phoneMasked || /\*{4}/.test(e.phoneMasked))).toBe(true)
    expect(overview.unreached.length).toBe(membersOf('org-b1').filter((m) => m.elder && !m.archived).length - 1)

    const other = dataOf(await callStudy<DeliveriesResponse>('demo-secretary-2', 'deliveries'))
    expect(other.helpers).toEqual([])
    expect(other.unreached.map((e) => e.elderId)).not.toContain(otherElder._id)
    expect(codeOf(await callStudy('demo-member', 'deliveries'))).toBe('COMMON.FORBIDDEN')
    expect(dataOf(await callStudy<DeliveriesResponse>('demo-secretary', 'deliveries', { month: '2020-01' })).helpers).toEqual([])
  })
})
