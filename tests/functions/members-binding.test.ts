import type { BindingRequestsResponse, MeResponse, RequestBindingResponse } from '../../core/contract/members'
import { main as members } from '../../cloudfunctions/members'
import { callAs, seedCommunity, useFunctionEnv } from './helpers'
import { codeOf, dataOf, unboundMembersOf, type Reply } from './members-fixtures'

jest.setTimeout(180000)

let db: Awaited<ReturnType<typeof useFunctionEnv>>['db']
const call = <T = unknown>(openid: string, action: string, data: unknown = {}) => callAs<Reply<T>>(members, openid, action, data)
const me = async (openid: string) => dataOf(await call<MeResponse>(openid, 'me'))
const countOf = async (collection: string, where: object) => ((await db.collection(collection).where(where).count()) as { total: number }).total

beforeAll(async () => {
  ;({ db } = await useFunctionEnv('members_binding'))
  await seedCommunity(db)
})

describe('register', () => {
  it('makes a visitor a resident, once, however many times it is sent in parallel', async () => {
    const form = { name: '周小红', phone: '13712345678', building: '琼林苑2栋', unit: '3单元' }
    const replies = await Promise.all(Array.from({ length: 10 }, () => call('new-visitor', 'register', form)))
    expect(replies.map(codeOf)).toEqual(Array(10).fill('ok'))
    expect(await countOf('residents', { openid: 'new-visitor' })).toBe(1)
    expect(await countOf('users', { _id: 'new-visitor' })).toBe(1)
    const profile = await me('new-visitor')
    expect(profile).toMatchObject({ role: 'resident', person: { name: '周小红', phoneMasked: '137****5678', building: '琼林苑2栋', unit: '3单元' }, member: null })
  })

  it('rejects bad input naming the field, and writes nothing', async () => {
    const cases: Array<[object, string]> = [
      [{ phone: '13712345678', building: 'A', unit: '' }, 'name'],
      [{ name: '张三', phone: '2371234567', building: 'A', unit: '' }, 'phone'],
      [{ name: '张'.repeat(21), phone: '13712345678', building: 'A', unit: '' }, 'name'],
      [{ name: '张三', phone: 13712345678, building: 'A', unit: '' }, 'phone'],
      [{ name: '张三', phone: '13712345678', building: 'A', unit: '', role: 'admin' }, 'role'],
    ]
    for (const [form, field] of cases) {
      const reply = await call('bad-visitor', 'register', form)
      expect(reply).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION', field } })
    }
    expect(await countOf('residents', { openid: 'bad-visitor' })).toBe(0)
    expect((await me('bad-visitor')).role).toBe('visitor')
  })
})

describe('binding a Party member to their roster entry', () => {
  const [target, second] = unboundMembersOf('org-b1')

  it('refuses a name and phone that do not match the roster', async () => {
    expect(codeOf(await call('stranger', 'requestBinding', { name: '不存在', phone: target.phone }))).toBe('MEMBER.NOT_ON_ROSTER')
    expect(codeOf(await call('stranger', 'requestBinding', { name: target.name, phone: '13611112222' }))).toBe('MEMBER.NOT_ON_ROSTER')
  })

  it('grants nothing until a secretary of the branch approves; the member then sees the outcome', async () => {
    const replies = await Promise.all(Array.from({ length: 5 }, () => call<RequestBindingResponse>('binder', 'requestBinding', { name: target.name, phone: target.phone })))
    expect(replies.map(codeOf)).toEqual(Array(5).fill('ok'))
    expect(await countOf('bindingRequests', { openid: 'binder' })).toBe(1)
    expect(await me('binder')).toMatchObject({ role: 'visitor', bindingRequest: { id: 'bind:binder', status: 'pending', name: target.name } })

    // The other branch's secretary neither sees nor may review it.
    const otherList = dataOf(await call<BindingRequestsResponse>('demo-secretary-2', 'bindingRequests'))
    expect(otherList.items.map((r) => r.id)).not.toContain('bind:binder')
    expect(codeOf(await call('demo-secretary-2', 'reviewBinding', { requestId: 'bind:binder', decision: 'approve' }))).toBe('COMMON.NOT_FOUND')

    const list = dataOf(await call<BindingRequestsResponse>('demo-secretary', 'bindingRequests'))
    expect(list.items.find((r) => r.id === 'bind:binder')).toMatchObject({ memberId: target._id, phone: target.phone, status: 'pending' })

    // Two reviewers at once: one outcome.
    const reviews = await Promise.all([
      call('demo-secretary', 'reviewBinding', { requestId: 'bind:binder', decision: 'approve' }),
      call('demo-admin', 'reviewBinding', { requestId: 'bind:binder', decision: 'approve' }),
    ])
    expect(reviews.map(codeOf).sort()).toEqual(['MEMBER.BINDING_REVIEWED', 'ok'])

    const after = await me('binder')
    expect(after).toMatchObject({ role: 'member', member: { id: target._id }, bindingRequest: { status: 'approved' } })
    expect(codeOf(await call('binder', 'requestBinding', { name: target.name, phone: target.phone }))).toBe('COMMON.FORBIDDEN')
    expect(codeOf(await call('someone-else', 'requestBinding', { name: target.name, phone: target.phone }))).toBe('MEMBER.ALREADY_BOUND')
    expect(await countOf('auditLogs', { action: 'members.reviewBinding', target: 'bind:binder' })).toBe(1)
  })

  it('lets a reviewer reject with a reason the applicant sees; a reason is required', async () => {
    dataOf(await call('binder-2', 'requestBinding', { name: second.name, phone: second.phone }))
    expect(await call('demo-secretary', 'reviewBinding', { requestId: 'bind:binder-2', decision: 'reject' })).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION', field: 'reason' },
    })
    dataOf(await call('demo-secretary', 'reviewBinding', { requestId: 'bind:binder-2', decision: 'reject', reason: '手机号与登记不符，请到支部核对' }))
    expect(await me('binder-2')).toMatchObject({ role: 'visitor', bindingRequest: { status: 'rejected', reason: '手机号与登记不符，请到支部核对' } })
    // A new request after a rejection is pending again.
    dataOf(await call('binder-2', 'requestBinding', { name: second.name, phone: second.phone }))
    expect((await me('binder-2')).bindingRequest?.status).toBe('pending')
  })

  it('lets a registered resident ask too, and keeps their resident record', async () => {
    const [, , third] = unboundMembersOf('org-b1')
    dataOf(await call('resident-binder', 'register', { name: third.name, phone: third.phone, building: third.building, unit: third.unit }))
    dataOf(await call('resident-binder', 'requestBinding', { name: third.name, phone: third.phone }))
    dataOf(await call('demo-admin', 'reviewBinding', { requestId: 'bind:resident-binder', decision: 'approve' }))
    expect(await me('resident-binder')).toMatchObject({ role: 'member', member: { id: third._id } })
  })
})
