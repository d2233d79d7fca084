import type { NoticeListResponse } from '../../core/contract/notices'
import { callAs, codeOf, dataOf, P } from '../support'
import { useCommunityDb } from './helpers'
import { newDraftId, noticeFields, publishAs } from './notices-fixtures'

jest.setTimeout(180000)

const db = useCommunityDb('notices_audience')

const listIds = async (openid: string | null) => dataOf(await callAs(openid).notices.list()).items.map((item) => item.id)
const unread = async (openid: string | null) => dataOf(await callAs(openid).notices.unreadCount()).unread

describe('audience is enforced on the server', () => {
  it('a branch notice reaches that branch and nobody else, in list, get and unreadCount', async () => {
    const before = {
      member: await unread(P.member.openid),
      other: await unread(P.otherSecretary.openid),
      resident: await unread(P.resident.openid),
    }
    const { notice } = dataOf(await publishAs(P.admin.openid, { audience: { kind: 'org', orgId: 'org-b1' } }))
    expect(await listIds(P.member.openid)).toContain(notice.id)
    expect(await listIds(P.elder.openid)).toContain(notice.id)
    expect(await unread(P.member.openid)).toBe(before.member + 1)

    expect(await listIds(P.otherSecretary.openid)).not.toContain(notice.id)
    expect(codeOf(await callAs(P.otherSecretary).notices.get({ noticeId: notice.id }))).toBe('COMMON.NOT_FOUND')
    expect(await unread(P.otherSecretary.openid)).toBe(before.other)
    expect(await listIds(P.resident.openid)).not.toContain(notice.id)
    expect(codeOf(await callAs(P.resident).notices.get({ noticeId: notice.id }))).toBe('COMMON.NOT_FOUND')
    expect(await unread(P.resident.openid)).toBe(before.resident)
    expect(codeOf(await callAs('visitor-x').notices.get({ noticeId: notice.id }))).toBe('COMMON.NOT_FOUND')
  })

  it('a building notice reaches its members and residents; all-members skips residents; everyone reaches visitors too', async () => {
    const building = dataOf(await publishAs(P.admin.openid, { audience: { kind: 'building', building: '琼林苑3栋' } })).notice.id
    const members = dataOf(await publishAs(P.admin.openid, { audience: { kind: 'members' } })).notice.id
    const everyone = dataOf(await publishAs(P.admin.openid, { audience: { kind: 'all' } })).notice.id

    const resident = await listIds(P.resident.openid) // 琼林苑3栋
    expect(resident).toEqual(expect.arrayContaining([building, everyone]))
    expect(resident).not.toContain(members)
    expect(await listIds(P.elder.openid)).toEqual(expect.arrayContaining([building, members, everyone])) // 琼林苑3栋
    const helper = await listIds(P.member.openid) // 琼林苑4栋
    expect(helper).toEqual(expect.arrayContaining([members, everyone]))
    expect(helper).not.toContain(building)
    const visitor = await listIds('visitor-x')
    expect(visitor).toContain(everyone)
    expect(visitor).not.toContain(members)
    expect(visitor).not.toContain(building)
  })

  it('lists pinned notices first, then newest first, with unread marks that clear on opening', async () => {
    const older = dataOf(
      await publishAs(P.secretary.openid, { title: '置顶：支部党员大会', audience: { kind: 'org', orgId: 'org-b1-g2' }, pinned: true }),
    ).notice.id
    const newer = dataOf(await publishAs(P.secretary.openid, { title: '普通通知', audience: { kind: 'org', orgId: 'org-b1-g2' } })).notice
      .id
    const { items } = dataOf(await callAs(P.elder).notices.list())
    const pinnedIndex = items.findIndex((item) => item.id === older)
    expect(pinnedIndex).toBeLessThan(items.findIndex((item) => item.id === newer))
    expect(items.slice(0, pinnedIndex).every((item) => item.pinned)).toBe(true)
    expect(items.find((item) => item.id === newer)!.unread).toBe(true)
    dataOf(await callAs(P.elder).notices.get({ noticeId: newer }))
    const after = dataOf(await callAs(P.elder).notices.list()).items
    expect(after.find((item) => item.id === newer)!.unread).toBe(false)
    expect(after.find((item) => item.id === older)!.unread).toBe(true)
  })

  it('pages by a keyset cursor without repeats', async () => {
    for (let i = 0; i < 4; i++) dataOf(await publishAs(P.admin.openid, { title: `第${i}号通知`, audience: { kind: 'all' } }))
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: NoticeListResponse = dataOf(await callAs('visitor-x').notices.list(cursor ? { cursor, limit: 2 } : { limit: 2 }))
      expect(page.items.length).toBeLessThanOrEqual(2)
      seen.push(...page.items.map((item) => item.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBeGreaterThanOrEqual(5)
    expect(codeOf(await callAs('visitor-x').notices.list({ cursor: '!!' }))).toBe('COMMON.VALIDATION')
  })

  it('hides expired and withdrawn notices from readers, who get NOT_FOUND; the manager still opens them', async () => {
    const expiring = dataOf(
      await publishAs(P.admin.openid, {
        audience: { kind: 'org', orgId: 'org-b1' },
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      }),
    ).notice.id
    const withdrawn = dataOf(await publishAs(P.admin.openid, { audience: { kind: 'org', orgId: 'org-b1' } })).notice.id
    const before = await unread(P.member.openid)
    await db
      .collection('notices')
      .doc(expiring)
      .update({ data: { visibleUntil: new Date(Date.now() - 1000) } })
    dataOf(await callAs(P.admin).notices.withdraw({ noticeId: withdrawn }))
    expect(await unread(P.member.openid)).toBe(before - 2)
    const ids = await listIds(P.member.openid)
    expect(ids).not.toContain(expiring)
    expect(ids).not.toContain(withdrawn)
    expect(codeOf(await callAs(P.member).notices.get({ noticeId: expiring }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.member).notices.get({ noticeId: withdrawn }))).toBe('COMMON.NOT_FOUND')
    expect(dataOf(await callAs(P.admin).notices.get({ noticeId: withdrawn })).notice).toMatchObject({
      status: 'withdrawn',
      canManage: true,
    })
  })

  it('refuses an expiry in the past', async () => {
    const reply = await callAs(P.admin).notices.publish({
      draftId: newDraftId(),
      fields: noticeFields({ expiresAt: new Date(Date.now() - 60_000).toISOString() }),
    })
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOTICE.EXPIRY_PAST', field: 'fields.expiresAt' } })
  })
})

describe('read receipts', () => {
  it('opening a notice many times, even at once, counts one read', async () => {
    const { notice } = dataOf(await publishAs(P.admin.openid, { audience: { kind: 'org', orgId: 'org-b1' } }))
    const before = await unread(P.elder.openid)
    const replies = await Promise.all(Array.from({ length: 6 }, () => callAs(P.elder).notices.get({ noticeId: notice.id })))
    for (const reply of replies) dataOf(reply)
    dataOf(await callAs(P.elder).notices.get({ noticeId: notice.id }))
    const receipts = await db.collection('noticeReads').where({ noticeId: notice.id }).count()
    expect((receipts as unknown as { total: number }).total).toBe(1)
    expect(await unread(P.elder.openid)).toBe(before - 1)
    const doc = (await db.collection('noticeReads').doc(`${notice.id}:m-elder`).get()) as unknown as { data: { personId: string } }
    expect(doc.data.personId).toBe('m-elder')
  })

  it('a read notice that is withdrawn leaves the unread count right (the receipt follows the notice)', async () => {
    const { notice } = dataOf(await publishAs(P.admin.openid, { audience: { kind: 'org', orgId: 'org-b1' } }))
    dataOf(await callAs(P.elder).notices.get({ noticeId: notice.id }))
    const before = await unread(P.elder.openid)
    dataOf(await callAs(P.admin).notices.withdraw({ noticeId: notice.id }))
    expect(await unread(P.elder.openid)).toBe(before)
    const doc = (await db.collection('noticeReads').doc(`${notice.id}:m-elder`).get()) as unknown as { data: { live: boolean } }
    expect(doc.data.live).toBe(false)
  })

  it('a visitor reads "everyone" notices but keeps no receipt', async () => {
    const { notice } = dataOf(await publishAs(P.admin.openid, { audience: { kind: 'all' } }))
    dataOf(await callAs('visitor-x').notices.get({ noticeId: notice.id }))
    const receipts = (await db.collection('noticeReads').where({ noticeId: notice.id }).count()) as unknown as { total: number }
    expect(receipts.total).toBe(0)
  })
})
