import { useCommunityDb } from './helpers'
import { callAs, codeOf, dataOf, membersOf, P, seededMember } from '../support'

jest.setTimeout(180000)

const db = useCommunityDb('members_relation')
const elders = async (openid: string) => dataOf(await callAs(openid).members.myElders()).elders
const otherB1Elder = membersOf('org-b1').find((m) => m.elder && m._id !== 'm-elder')!
const b2Elder = membersOf('org-b2').find((m) => m.elder)!

describe('结对 pairing', () => {
  it('lets the secretary pair a helper with one or two elders of the branch; the helper sees their full phones', async () => {
    // The demo community pairs demo-member with two elders; start from an unpaired helper.
    for (const elderId of ['m-elder', otherB1Elder._id]) dataOf(await callAs(P.secretary).members.removePairing({ elderMemberId: elderId }))
    expect(await elders(P.member.openid)).toEqual([])
    dataOf(await callAs(P.secretary).members.setPairing({ helperMemberId: 'm-member', elderMemberIds: ['m-elder', otherB1Elder._id] }))
    const mine = await elders(P.member.openid)
    expect(mine.map((e) => e.id).sort()).toEqual(['m-elder', otherB1Elder._id].sort())
    expect(mine.find((e) => e.id === 'm-elder')).toMatchObject({ name: '李桂兰', phone: seededMember('m-elder').phone })
    expect(dataOf(await callAs(P.elder).members.me()).pairing).toMatchObject({
      helper: { name: '张晓东', phone: expect.stringMatching(/^1\d{10}$/) },
      elderCount: 0,
    })
    expect(dataOf(await callAs(P.member).members.me()).pairing).toMatchObject({ helper: null, elderCount: 2 })
  })

  it('refuses three elders, non-elders, and members of another branch', async () => {
    expect(await callAs(P.secretary).members.setPairing({ helperMemberId: 'm-member', elderMemberIds: ['a', 'b', 'c'] })).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION', field: 'elderMemberIds' },
    })
    expect(codeOf(await callAs(P.secretary).members.setPairing({ helperMemberId: 'm-member', elderMemberIds: ['m-secretary'] }))).toBe(
      'MEMBER.NOT_ELDER',
    )
    expect(codeOf(await callAs(P.secretary).members.setPairing({ helperMemberId: 'm-member', elderMemberIds: [b2Elder._id] }))).toBe(
      'COMMON.NOT_FOUND',
    )
    expect((await elders(P.member.openid)).length).toBe(2)
  })

  it('moves an elder to a new helper, so the old helper no longer sees them', async () => {
    dataOf(await callAs(P.admin).members.setPairing({ helperMemberId: 'm-secretary', elderMemberIds: [otherB1Elder._id] }))
    expect((await elders(P.member.openid)).map((e) => e.id)).toEqual(['m-elder'])
    expect((await elders(P.secretary.openid)).map((e) => e.id)).toEqual([otherB1Elder._id])
    dataOf(await callAs(P.secretary).members.removePairing({ elderMemberId: otherB1Elder._id }))
    expect(await elders(P.secretary.openid)).toEqual([])
  })
})

describe('组织关系排查 relation check', () => {
  it('collects one-tap confirmations, confirmations by the helper and by the secretary, and shows who has not answered', async () => {
    const { check } = dataOf(await callAs(P.admin).members.startRelationCheck({ title: '2026年度排查' }))
    expect(dataOf(await callAs(P.admin).members.startRelationCheck({ title: '2026年度排查' })).check.id).toBe(check.id)
    expect(dataOf(await callAs(P.secretary).members.me()).pendingRelationCheck).toMatchObject({ checkId: check.id })

    const self = dataOf(await callAs(P.secretary).members.confirmRelation())
    expect(self).toMatchObject({ memberId: 'm-secretary', method: 'self', firstConfirmation: true })
    expect(dataOf(await callAs(P.secretary).members.confirmRelation()).firstConfirmation).toBe(false)
    expect(dataOf(await callAs(P.secretary).members.me()).pendingRelationCheck).toBeNull()

    expect(dataOf(await callAs(P.member).members.confirmRelation({ forMemberId: 'm-elder' }))).toMatchObject({
      method: 'helper',
    })
    expect(codeOf(await callAs(P.member).members.confirmRelation({ forMemberId: otherB1Elder._id }))).toBe('COMMON.NOT_FOUND')
    expect(dataOf(await callAs(P.secretary).members.confirmRelation({ forMemberId: otherB1Elder._id }))).toMatchObject({
      method: 'manager',
    })
    const record = (await db.collection('relationConfirmations').doc(`${check.id}:${otherB1Elder._id}`).get()) as unknown as {
      data: { byOpenid: string; method: string }
    }
    expect(record.data).toMatchObject({ byOpenid: P.secretary.openid, method: 'manager' })

    const status = dataOf(await callAs(P.secretary).members.relationCheckStatus())
    expect(status.total).toBe(membersOf('org-b1').length)
    expect(status.confirmed).toBe(3)
    expect(status.unanswered.map((m) => m.id)).not.toContain('m-elder')
    expect(status.unanswered.length).toBe(20)
    const page2 = dataOf(await callAs(P.secretary).members.relationCheckStatus({ cursor: status.nextCursor! }))
    expect(status.unanswered.length + page2.unanswered.length).toBe(status.total - 3)
    expect(dataOf(await callAs(P.secretary).members.get({ memberId: 'm-elder' })).member.lastContactAt).not.toBeNull()
  })

  it('marks lost contact only after 6 months without contact', async () => {
    expect(codeOf(await callAs(P.secretary).members.markLostContact({ memberId: 'm-elder', lost: true }))).toBe('MEMBER.RECENT_CONTACT')
    const quiet = membersOf('org-b1').find(
      (m) => m.status === 'normal' && !['m-elder', 'm-member', 'm-secretary', otherB1Elder._id].includes(m._id),
    )!
    await db
      .collection('members')
      .doc(quiet._id)
      .update({ data: { lastContactAt: new Date(Date.now() - 200 * 24 * 3600 * 1000) } })
    const marked = dataOf(await callAs(P.secretary).members.markLostContact({ memberId: quiet._id, lost: true })).member
    expect(marked.status).toBe('lostContact')
    expect(codeOf(await callAs(P.otherSecretary).members.markLostContact({ memberId: quiet._id, lost: false }))).toBe('COMMON.NOT_FOUND')
    expect(dataOf(await callAs(P.secretary).members.markLostContact({ memberId: quiet._id, lost: false })).member.status).toBe('normal')
  })
})

describe('starting relation checks at the same moment', () => {
  it('leaves exactly one open check, whatever the order the starts land in', async () => {
    const titles = ['并发排查甲', '并发排查乙', '并发排查丙', '并发排查丁']
    const started = await Promise.all(titles.map((title) => callAs(P.admin).members.startRelationCheck({ title })))
    const ids = started.map((reply) => dataOf(reply).check.id)
    const open = (await db.collection('relationChecks').where({ status: 'open' }).get()) as unknown as { data: Array<{ _id: string }> }
    expect(open.data).toHaveLength(1)
    expect(ids).toContain(open.data[0]._id)
  })
})
