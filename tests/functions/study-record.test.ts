import { countOf, useCommunityDb } from './helpers'
import { addMaterial, articleFields, draftId, interval } from './study-fixtures'
import { callAs, codeOf, dataOf, P, unchecked } from '../support'

jest.setTimeout(180000)

const db = useCommunityDb('study_record')
const myStudy = async (openid: string) => dataOf(await callAs(openid).study.myStudy())

describe('materials', () => {
  it('only members read materials; archived ones vanish for everyone but the admin', async () => {
    const id = await addMaterial()
    expect(dataOf(await callAs(P.member).study.material({ materialId: id })).material.body[1].runs[0]).toEqual({
      text: '党的最高理想和最终目标是实现共产主义。',
      bold: true,
    })
    expect(codeOf(await callAs(P.resident).study.materials())).toBe('COMMON.FORBIDDEN')
    expect(codeOf(await callAs('visitor-x').study.material({ materialId: id }))).toBe('COMMON.FORBIDDEN')
    const { material } = dataOf(await callAs(P.admin).study.material({ materialId: id }))
    dataOf(
      await callAs(P.admin).study.upsertMaterial({
        materialId: id,
        version: material.version,
        fields: articleFields({ archived: true }),
      }),
    )
    expect(codeOf(await callAs(P.member).study.material({ materialId: id }))).toBe('COMMON.NOT_FOUND')
    expect(dataOf(await callAs(P.member).study.materials()).items.map((m) => m.id)).not.toContain(id)
    expect(codeOf(await callAs(P.admin).study.upsertMaterial({ materialId: id, version: 1, fields: articleFields() }))).toBe(
      'COMMON.CONFLICT',
    )
    expect(await countOf(db, 'auditLogs', { action: 'study.upsertMaterial', target: id })).toBe(2)
  })

  it('validates kinds, files and unknown fields, writing nothing', async () => {
    const before = await countOf(db, 'studyMaterials', {})
    expect(codeOf(await callAs(P.admin).study.upsertMaterial({ draftId: draftId(), fields: articleFields({ kind: 'audio' }) }))).toBe(
      'STUDY.FILE_REQUIRED',
    )
    expect(codeOf(await callAs(P.admin).study.upsertMaterial({ draftId: draftId(), fields: articleFields({ body: '' }) }))).toBe(
      'STUDY.BODY_REQUIRED',
    )
    expect(
      codeOf(await callAs(P.admin).study.upsertMaterial({ draftId: draftId(), fields: articleFields(unchecked({ topic: '其他' })) })),
    ).toBe('COMMON.VALIDATION')
    expect(
      codeOf(await callAs(P.admin).study.upsertMaterial({ draftId: draftId(), fields: articleFields(unchecked({ html: '<b>' })) })),
    ).toBe('COMMON.VALIDATION')
    expect(codeOf(await callAs(P.secretary).study.upsertMaterial({ draftId: draftId(), fields: articleFields() }))).toBe('COMMON.FORBIDDEN')
    expect(await countOf(db, 'studyMaterials', {})).toBe(before)
    const same = draftId()
    await Promise.all([0, 1].map(() => callAs(P.admin).study.upsertMaterial({ draftId: same, fields: articleFields() })))
    expect(await countOf(db, 'studyMaterials', { _id: `sm-${same}` })).toBe(1)
  })
})

describe('study records', () => {
  it('counts the same interval once, even when sent in parallel', async () => {
    const id = await addMaterial()
    const body = { materialId: id, sessionId: 'session-aaa', ...interval(12) }
    const replies = await Promise.all(Array.from({ length: 5 }, () => callAs(P.member).study.recordStudy(body)))
    const credited = replies.map((reply) => dataOf(reply).credited)
    expect(credited.filter((m) => m === 12)).toHaveLength(1)
    expect(credited.filter((m) => m === 0)).toHaveLength(4)
    expect(await countOf(db, 'studyRecords', { personId: 'm-member', materialId: id })).toBe(1)
    const mine = await myStudy(P.member.openid)
    expect(mine.minutes).toBe(12)
    expect(mine.records[0]).toMatchObject({ materialId: id, minutes: 12, source: 'self' })
  })

  it('caps one material at 60 minutes a day, across sessions, also under parallel calls', async () => {
    const id = await addMaterial()
    const before = (await myStudy(P.secretary.openid)).minutes
    const replies = await Promise.all(
      [1, 2, 3, 4].map((n) => callAs(P.secretary).study.recordStudy({ materialId: id, sessionId: `cap-session-${n}`, ...interval(25) })),
    )
    const total = replies.reduce((sum, reply) => sum + dataOf(reply).credited, 0)
    expect(total).toBe(60)
    expect(replies.some((reply) => dataOf(reply).capReached)).toBe(true)
    expect((await myStudy(P.secretary.openid)).minutes).toBe(before + 60)
    // Another material still counts the same day.
    const other = await addMaterial({ title: '二十大报告学习', topic: '二十大精神' })
    expect(
      dataOf(
        await callAs(P.secretary).study.recordStudy({
          materialId: other,
          sessionId: 'cap-other',
          ...interval(5),
        }),
      ).credited,
    ).toBe(5)
  })

  it('rejects reversed, future and overlong intervals', async () => {
    const id = await addMaterial()
    const now = Date.now()
    const bad = [
      { startedAt: new Date(now).toISOString(), endedAt: new Date(now - 60_000).toISOString() },
      { startedAt: new Date(now).toISOString(), endedAt: new Date(now + 3600_000).toISOString() },
      { startedAt: new Date(now - 5 * 3600_000).toISOString(), endedAt: new Date(now).toISOString() },
    ]
    for (const times of bad)
      expect(codeOf(await callAs(P.member).study.recordStudy({ materialId: id, sessionId: 'bad-session', ...times }))).toBe(
        'STUDY.BAD_INTERVAL',
      )
    expect(codeOf(await callAs(P.member).study.recordStudy({ materialId: id, sessionId: 'x', ...interval(3) }))).toBe('COMMON.VALIDATION')
    expect(await countOf(db, 'studyRecords', { materialId: id })).toBe(0)
  })

  it('reports 学时 at 45 minutes each against 32 for members and 56 for secretaries', async () => {
    const member = await myStudy(P.member.openid)
    expect(member).toMatchObject({ targetHours: 32, minutesPerHour: 45 })
    expect(member.hours).toBe(Math.floor((member.minutes * 10) / 45) / 10)
    expect((await myStudy(P.secretary.openid)).targetHours).toBe(56)
  })
})

describe('assignments', () => {
  it('assigns within the subtree; the assignment reaches members there with its due date', async () => {
    const id = await addMaterial({ title: '学习二十大精神', topic: '二十大精神' })
    const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
    dataOf(await callAs(P.secretary).study.assign({ materialId: id, target: { kind: 'org', orgId: 'org-b1' }, dueDate: due }))
    dataOf(await callAs(P.secretary).study.assign({ materialId: id, target: { kind: 'org', orgId: 'org-b1' }, dueDate: due }))
    expect(await countOf(db, 'studyAssignments', { materialId: id })).toBe(1)
    expect(await countOf(db, 'auditLogs', { action: 'study.assign', target: `as:${id}:org:org-b1` })).toBe(1)
    expect(codeOf(await callAs(P.secretary).study.assign({ materialId: id, target: { kind: 'org', orgId: 'org-b2' }, dueDate: due }))).toBe(
      'COMMON.FORBIDDEN',
    )
    expect(
      codeOf(
        await callAs(P.secretary).study.assign({
          materialId: id,
          target: { kind: 'member', memberId: 'm-secretary-2' },
          dueDate: due,
        }),
      ),
    ).toBe('COMMON.NOT_FOUND')
    expect(
      codeOf(await callAs(P.secretary).study.assign({ materialId: id, target: { kind: 'org', orgId: 'org-b1' }, dueDate: '2020-01-01' })),
    ).toBe('STUDY.DUE_DATE_PAST')
    expect(codeOf(await callAs(P.member).study.assign({ materialId: id, target: { kind: 'org', orgId: 'org-b1' }, dueDate: due }))).toBe(
      'COMMON.FORBIDDEN',
    )

    const elder = await myStudy(P.elder.openid)
    expect(elder.assignments).toEqual(
      expect.arrayContaining([expect.objectContaining({ materialId: id, dueDate: due, studiedMinutes: 0 })]),
    )
    expect((await myStudy(P.otherSecretary.openid)).assignments.map((a) => a.materialId)).not.toContain(id)
    const list = dataOf(await callAs(P.elder).study.materials())
    expect(list.items.find((m) => m.id === id)?.dueDate).toBe(due)
  })
})
