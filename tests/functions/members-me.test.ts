import { useCommunityDb } from './helpers'
import { callAs, dataOf, P, unchecked, type Who } from '../support'
import { meOfVisitor } from '../support/me'

const me = (who: Who) => callAs(who).members.me()

jest.setTimeout(120000)

const db = useCommunityDb('members_me')

describe('members.me', () => {
  it('tells a Party member who they are, with a masked phone and their organisation path', async () => {
    const reply = dataOf(await me(P.member.openid))
    expect(reply).toMatchObject({
      openid: P.member.openid,
      role: 'member',
      person: { name: '张晓东', phoneMasked: expect.stringMatching(/^\d{3}\*{4}\d{4}$/), building: '琼林苑4栋', unit: '1单元' },
      member: { id: 'm-member', category: 'employed', elder: false, status: 'normal' },
      scope: null,
    })
    expect(reply.orgPath.map((org) => org.level)).toEqual(['committee', 'generalBranch', 'branch', 'group'])
    expect(reply.orgPath[0].name).toBe('滨湖世纪社区党委')
    expect(JSON.stringify(reply)).not.toContain('13900000')
  })

  it('flags an elderly member', async () => {
    expect(dataOf(await me(P.elder.openid)).member).toMatchObject({ elder: true })
  })

  it('gives a branch secretary their branch as scope', async () => {
    const reply = dataOf(await me(P.secretary.openid))
    expect(reply.role).toBe('secretary')
    expect(reply.scope).toEqual({ id: 'org-b1', name: '第一党支部（琼林苑）', level: 'branch' })
  })

  it('gives the committee admin the whole community as scope', async () => {
    const reply = dataOf(await me(P.admin.openid))
    expect(reply.role).toBe('admin')
    expect(reply.scope).toMatchObject({ id: 'org-committee', level: 'committee' })
  })

  it('knows a registered resident by name and building, without an organisation', async () => {
    const reply = dataOf(await me(P.resident.openid))
    expect(reply).toMatchObject({ role: 'resident', person: { name: '赵丽娜', building: '琼林苑3栋' }, member: null, orgPath: [] })
  })

  it('treats an unknown WeChat user as a visitor', async () => {
    expect(dataOf(await me('visitor-never-seen'))).toEqual(meOfVisitor('visitor-never-seen'))
  })

  it('refuses a call without a platform identity', async () => {
    expect(await me(null)).toMatchObject({ ok: false, error: { code: 'COMMON.UNAUTHENTICATED' } })
  })

  it('rejects fields the action does not take, naming the field', async () => {
    const reply = await callAs(P.member).members.me(unchecked({ role: 'admin' }))
    expect(reply).toEqual({ ok: false, error: { code: 'COMMON.VALIDATION', message: '不允许的字段：role', field: 'role' } })
  })

  it('answers an unknown action with COMMON.UNKNOWN_ACTION, never success', async () => {
    expect(await callAs(P.member).raw('members', 'deleteEverything')).toMatchObject({ ok: false, error: { code: 'COMMON.UNKNOWN_ACTION' } })
    expect(await callAs(P.member).raw('members', 'toString')).toMatchObject({ ok: false, error: { code: 'COMMON.UNKNOWN_ACTION' } })
  })

  it('keeps each caller’s identity separate under concurrency', async () => {
    const openids = [P.admin.openid, P.secretary.openid, P.member.openid, P.elder.openid, P.resident.openid, 'visitor-x']
    const calls = Array.from({ length: 30 }, (_, i) => openids[i % openids.length])
    const replies = await Promise.all(calls.map((openid) => me(openid)))
    replies.forEach((reply, i) => expect(dataOf(reply).openid).toBe(calls[i]))
  })

  it('stops counting someone as a member once their roster entry is archived', async () => {
    await db
      .collection('members')
      .doc('m-elder')
      .update({ data: { archived: true } })
    try {
      expect(dataOf(await me(P.elder.openid)).role).toBe('visitor')
    } finally {
      await db
        .collection('members')
        .doc('m-elder')
        .update({ data: { archived: false } })
    }
  })
})
