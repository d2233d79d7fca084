import { countOf, useCommunityDb } from './helpers'
import { newDraftId, noticeFields, publishAs } from './notices-fixtures'
import { callAs, codeOf, dataOf, membersOf, P, unchecked } from '../support'

jest.setTimeout(180000)

const db = useCommunityDb('notices_manage')

describe('who may publish where', () => {
  it('only the admin reaches everyone and all members; a secretary only their own subtree; members never', async () => {
    expect(codeOf(await publishAs(P.secretary.openid, { audience: { kind: 'all' } }))).toBe('NOTICE.AUDIENCE_NOT_ALLOWED')
    expect(codeOf(await publishAs(P.secretary.openid, { audience: { kind: 'members' } }))).toBe('NOTICE.AUDIENCE_NOT_ALLOWED')
    expect(codeOf(await publishAs(P.secretary.openid, { audience: { kind: 'org', orgId: 'org-b2' } }))).toBe('NOTICE.AUDIENCE_NOT_ALLOWED')
    expect(codeOf(await publishAs(P.secretary.openid, { audience: { kind: 'building', building: '临滨苑1栋' } }))).toBe(
      'NOTICE.AUDIENCE_NOT_ALLOWED',
    )
    expect(codeOf(await publishAs(P.secretary.openid, { audience: { kind: 'building', building: '不存在的楼' } }))).toBe(
      'NOTICE.UNKNOWN_BUILDING',
    )
    expect(codeOf(await publishAs(P.secretary.openid, { audience: { kind: 'org', orgId: 'org-b1-g1' } }))).toBe('ok')
    expect(codeOf(await publishAs(P.secretary.openid, { audience: { kind: 'building', building: '琼林苑5栋' } }))).toBe('ok')
    expect(codeOf(await publishAs(P.member.openid, { audience: { kind: 'org', orgId: 'org-b1' } }))).toBe('COMMON.FORBIDDEN')
    expect(codeOf(await publishAs(P.resident.openid, { audience: { kind: 'all' } }))).toBe('COMMON.FORBIDDEN')
  })

  it('rejects bad input and writes nothing', async () => {
    const before = await countOf(db, 'notices', {})
    const bad = [
      { draftId: newDraftId(), fields: noticeFields(), extra: 1 },
      { draftId: 'short', fields: noticeFields() },
      { draftId: newDraftId(), fields: noticeFields({ body: '  \n ' }) },
      { draftId: newDraftId(), fields: noticeFields({ title: '' }) },
      { draftId: newDraftId(), fields: noticeFields({ images: ['http://evil.example/x.png'] }) },
      {
        draftId: newDraftId(),
        fields: noticeFields({ images: Array.from({ length: 10 }, (_, i) => `local:${String(i).repeat(64).slice(0, 64)}.png`) }),
      },
      { draftId: newDraftId(), fields: noticeFields(unchecked({ audience: { kind: 'org' } })) },
      { draftId: newDraftId(), fields: noticeFields(unchecked({ audience: { kind: 'everyone' } })) },
      { draftId: newDraftId(), fields: { ...noticeFields(), html: '<script>' } },
    ]
    for (const data of bad) expect(codeOf(await callAs(P.admin).notices.publish(unchecked(data)))).toBe('COMMON.VALIDATION')
    expect(await countOf(db, 'notices', {})).toBe(before)
  })

  it('stores the body as paragraphs of plain and bold text only', async () => {
    const { notice } = dataOf(
      await callAs(P.admin).notices.publish({
        draftId: newDraftId(),
        fields: noticeFields({ body: '第一段<b>不是加粗</b>\n**加粗**的第二段' }),
      }),
    )
    expect(notice.body).toEqual([
      { runs: [{ text: '第一段<b>不是加粗</b>' }] },
      { runs: [{ text: '加粗', bold: true }, { text: '的第二段' }] },
    ])
  })

  it('a retried publish (same draft) makes one notice and one audit entry', async () => {
    const draftId = newDraftId()
    const replies = await Promise.all([0, 1, 2].map(() => callAs(P.admin).notices.publish({ draftId, fields: noticeFields() })))
    const ids = new Set(replies.map((reply) => dataOf(reply).notice.id))
    expect(ids.size).toBe(1)
    expect(await countOf(db, 'notices', { _id: `n-${draftId}` })).toBe(1)
    expect(await countOf(db, 'auditLogs', { action: 'notices.publish', target: `n-${draftId}` })).toBe(1)
    expect(codeOf(await callAs(P.secretary).notices.publish({ draftId, fields: noticeFields() }))).toBe('NOTICE.DRAFT_TAKEN')
  })
})

describe('editing and withdrawing', () => {
  it('updates with the read version, refuses a stale one, and audits each change', async () => {
    const { notice } = dataOf(await publishAs(P.secretary.openid, { audience: { kind: 'org', orgId: 'org-b1' } }))
    const edited = dataOf(
      await callAs(P.secretary).notices.update({
        noticeId: notice.id,
        version: notice.version,
        fields: noticeFields({ title: '改期通知', pinned: true }),
      }),
    ).notice
    expect(edited).toMatchObject({ title: '改期通知', pinned: true, version: 2 })
    expect(codeOf(await callAs(P.secretary).notices.update({ noticeId: notice.id, version: 1, fields: noticeFields() }))).toBe(
      'COMMON.CONFLICT',
    )
    expect(
      codeOf(
        await callAs(P.otherSecretary).notices.update({
          noticeId: notice.id,
          version: 2,
          fields: noticeFields({ audience: { kind: 'org', orgId: 'org-b2' } }),
        }),
      ),
    ).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.otherSecretary).notices.withdraw({ noticeId: notice.id }))).toBe('COMMON.NOT_FOUND')
    expect(
      codeOf(
        await callAs(P.secretary).notices.update({
          noticeId: notice.id,
          version: 2,
          fields: noticeFields({ audience: { kind: 'all' } }),
        }),
      ),
    ).toBe('NOTICE.AUDIENCE_NOT_ALLOWED')

    dataOf(await callAs(P.secretary).notices.withdraw({ noticeId: notice.id }))
    dataOf(await callAs(P.secretary).notices.withdraw({ noticeId: notice.id }))
    expect(codeOf(await callAs(P.secretary).notices.update({ noticeId: notice.id, version: 3, fields: noticeFields() }))).toBe(
      'NOTICE.WITHDRAWN',
    )
    const audit = (await db.collection('auditLogs').where({ target: notice.id }).get()) as unknown as {
      data: Array<{ action: string; actorOpenid: string; actorRole: string }>
    }
    expect(audit.data.map((entry) => entry.action).sort()).toEqual(['notices.publish', 'notices.update', 'notices.withdraw'])
    expect(audit.data.every((entry) => entry.actorOpenid === P.secretary.openid && entry.actorRole === 'secretary')).toBe(true)
  })

  it('lists managed notices: the admin all, a secretary only their subtree', async () => {
    const mine = dataOf(await publishAs(P.secretary.openid, { audience: { kind: 'org', orgId: 'org-b1-g1' } })).notice.id
    const committee = dataOf(await publishAs(P.admin.openid, { audience: { kind: 'all' } })).notice.id
    const secretary = dataOf(await callAs(P.secretary).notices.manageList()).items.map((item) => item.id)
    expect(secretary).toContain(mine)
    expect(secretary).not.toContain(committee)
    expect(dataOf(await callAs(P.otherSecretary).notices.manageList()).items.map((item) => item.id)).not.toContain(mine)
    const admin = dataOf(await callAs(P.admin).notices.manageList()).items.map((item) => item.id)
    expect(admin).toEqual(expect.arrayContaining([mine, committee]))
    expect(codeOf(await callAs(P.member).notices.manageList())).toBe('COMMON.FORBIDDEN')
  })
})

describe('read statistics', () => {
  const b1 = membersOf('org-b1').filter((m) => !m.archived)

  it('counts the audience and readers, and pages who has not read with their helper and a masked phone', async () => {
    const { notice } = dataOf(await publishAs(P.admin.openid, { audience: { kind: 'org', orgId: 'org-b1' } }))
    for (const reader of [P.member.openid, P.secretary.openid]) dataOf(await callAs(reader).notices.get({ noticeId: notice.id }))
    const first = dataOf(await callAs(P.admin).notices.readStats({ noticeId: notice.id }))
    expect(first).toMatchObject({ audienceSize: b1.length, read: 2 })
    const unread = [...first.unread]
    let cursor = first.nextCursor
    while (cursor) {
      const page = dataOf(await callAs(P.admin).notices.readStats({ noticeId: notice.id, cursor }))
      unread.push(...page.unread)
      cursor = page.nextCursor
    }
    expect(unread.length).toBe(b1.length - 2)
    expect(unread.map((p) => p.personId)).not.toContain('m-member')
    const elder = unread.find((p) => p.personId === 'm-elder')!
    expect(elder).toMatchObject({ name: '李桂兰', helperName: '张晓东', elder: true })
    expect(elder.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/)
    expect(JSON.stringify(unread)).not.toMatch(/1\d{10}/)
  })

  it('restricts a secretary to their subtree and hides other branches’ notices', async () => {
    const everyone = dataOf(await publishAs(P.admin.openid, { audience: { kind: 'all' } })).notice.id
    const stats = dataOf(await callAs(P.secretary).notices.readStats({ noticeId: everyone }))
    const residentsOfB1 = await countOf(db, 'residents', {
      building: db.command.in(['琼林苑1栋', '琼林苑2栋', '琼林苑3栋', '琼林苑4栋', '琼林苑5栋', '琼林苑6栋']),
    })
    expect(stats.audienceSize).toBe(b1.length + residentsOfB1)
    const b2Notice = dataOf(await publishAs(P.otherSecretary.openid, { audience: { kind: 'org', orgId: 'org-b2' } })).notice.id
    expect(codeOf(await callAs(P.secretary).notices.readStats({ noticeId: b2Notice }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.member).notices.readStats({ noticeId: b2Notice }))).toBe('COMMON.FORBIDDEN')
    expect(codeOf(await callAs(P.secretary).notices.readStats({ noticeId: b2Notice, cursor: '%%' }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.otherSecretary).notices.readStats({ noticeId: b2Notice, cursor: 'eA' }))).toBe('COMMON.VALIDATION')
  })
})
