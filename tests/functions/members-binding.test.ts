import { countOf, useCommunityDb } from './helpers'
import { callAs, codeOf, dataOf, P, unboundMembersOf, unchecked } from '../support'

jest.setTimeout(180000)

const db = useCommunityDb('members_binding')
const me = async (openid: string) => dataOf(await callAs(openid).members.me())
describe('register', () => {
  it('makes a visitor a resident, once, however many times it is sent in parallel', async () => {
    const form = { name: '周小红', phone: '13712345678', building: '琼林苑2栋', unit: '3单元' }
    const replies = await Promise.all(Array.from({ length: 10 }, () => callAs('new-visitor').members.register(form)))
    expect(replies.map(codeOf)).toEqual(Array(10).fill('ok'))
    expect(await countOf(db, 'residents', { openid: 'new-visitor' })).toBe(1)
    expect(await countOf(db, 'users', { _id: 'new-visitor' })).toBe(1)
    const profile = await me('new-visitor')
    expect(profile).toMatchObject({
      role: 'resident',
      person: { name: '周小红', phoneMasked: '137****5678', building: '琼林苑2栋', unit: '3单元' },
      member: null,
    })
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
      const reply = await callAs('bad-visitor').members.register(unchecked(form))
      expect(reply).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION', field } })
    }
    expect(await countOf(db, 'residents', { openid: 'bad-visitor' })).toBe(0)
    expect((await me('bad-visitor')).role).toBe('visitor')
  })
})

describe('binding a Party member to their roster entry', () => {
  const [target, second] = unboundMembersOf('org-b1')

  it('refuses a name and phone that do not match the roster', async () => {
    expect(codeOf(await callAs('stranger').members.requestBinding({ name: '不存在', phone: target.phone }))).toBe('MEMBER.NOT_ON_ROSTER')
    expect(codeOf(await callAs('stranger').members.requestBinding({ name: target.name, phone: '13611112222' }))).toBe(
      'MEMBER.NOT_ON_ROSTER',
    )
  })

  it('grants nothing until a secretary of the branch approves; the member then sees the outcome', async () => {
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => callAs('binder').members.requestBinding({ name: target.name, phone: target.phone })),
    )
    expect(replies.map(codeOf)).toEqual(Array(5).fill('ok'))
    expect(await countOf(db, 'bindingRequests', { openid: 'binder' })).toBe(1)
    expect(await me('binder')).toMatchObject({
      role: 'visitor',
      bindingRequest: { id: 'bind:binder', status: 'pending', name: target.name },
    })

    // The other branch's secretary neither sees nor may review it.
    const otherList = dataOf(await callAs(P.otherSecretary).members.bindingRequests())
    expect(otherList.items.map((r) => r.id)).not.toContain('bind:binder')
    expect(codeOf(await callAs(P.otherSecretary).members.reviewBinding({ requestId: 'bind:binder', decision: 'approve' }))).toBe(
      'COMMON.NOT_FOUND',
    )

    const list = dataOf(await callAs(P.secretary).members.bindingRequests())
    expect(list.items.find((r) => r.id === 'bind:binder')).toMatchObject({ memberId: target._id, phone: target.phone, status: 'pending' })

    // Two reviewers at once: one outcome.
    const reviews = await Promise.all([
      callAs(P.secretary).members.reviewBinding({ requestId: 'bind:binder', decision: 'approve' }),
      callAs(P.admin).members.reviewBinding({ requestId: 'bind:binder', decision: 'approve' }),
    ])
    expect(reviews.map(codeOf).sort()).toEqual(['MEMBER.BINDING_REVIEWED', 'ok'])

    const after = await me('binder')
    expect(after).toMatchObject({ role: 'member', member: { id: target._id }, bindingRequest: { status: 'approved' } })
    expect(codeOf(await callAs('binder').members.requestBinding({ name: target.name, phone: target.phone }))).toBe('COMMON.FORBIDDEN')
    expect(codeOf(await callAs('someone-else').members.requestBinding({ name: target.name, phone: target.phone }))).toBe(
      'MEMBER.ALREADY_BOUND',
    )
    expect(await countOf(db, 'auditLogs', { action: 'members.reviewBinding', target: 'bind:binder' })).toBe(1)
  })

  it('lets a reviewer reject with a reason the applicant sees; a reason is required', async () => {
    dataOf(await callAs('binder-2').members.requestBinding({ name: second.name, phone: second.phone }))
    expect(await callAs(P.secretary).members.reviewBinding({ requestId: 'bind:binder-2', decision: 'reject' })).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION', field: 'reason' },
    })
    dataOf(
      await callAs(P.secretary).members.reviewBinding({
        requestId: 'bind:binder-2',
        decision: 'reject',
        reason: '手机号与登记不符，请到支部核对',
      }),
    )
    expect(await me('binder-2')).toMatchObject({
      role: 'visitor',
      bindingRequest: { status: 'rejected', reason: '手机号与登记不符，请到支部核对' },
    })
    // A new request after a rejection is pending again.
    dataOf(await callAs('binder-2').members.requestBinding({ name: second.name, phone: second.phone }))
    expect((await me('binder-2')).bindingRequest?.status).toBe('pending')
  })

  it('lets a registered resident ask too, and keeps their resident record', async () => {
    const [, , third] = unboundMembersOf('org-b1')
    dataOf(
      await callAs('resident-binder').members.register({
        name: third.name,
        phone: third.phone,
        building: third.building,
        unit: third.unit,
      }),
    )
    dataOf(await callAs('resident-binder').members.requestBinding({ name: third.name, phone: third.phone }))
    dataOf(await callAs(P.admin).members.reviewBinding({ requestId: 'bind:resident-binder', decision: 'approve' }))
    expect(await me('resident-binder')).toMatchObject({ role: 'member', member: { id: third._id } })
  })
})

describe('reviews are atomic: the request, the roster entry and the account change together', () => {
  const pool = unboundMembersOf('org-b1').slice(3)
  type Doc = Record<string, unknown> & { _id: string }
  const read = async (collection: string, id: string): Promise<Doc | null> =>
    ((await db.collection(collection).where({ _id: id }).get()) as { data: Doc[] }).data[0] ?? null

  /**
   * What is wrong between a request, its member and the applicant's account (empty when consistent).
   * The request is read first, so an approval it shows was committed before the member and account
   * are read. While reviews are still running only that direction can be checked (a request read as
   * pending may be approved by the time the member is read), hence `settled`.
   */
  async function bindingProblems(requestId: string, settled = true): Promise<string[]> {
    const request = await read('bindingRequests', requestId)
    if (!request) return [`${requestId} missing`]
    const [member, user] = [await read('members', String(request.memberId)), await read('users', String(request.openid))]
    const bound = member?.openid === request.openid
    const linked = user?.memberId === request.memberId
    if (request.status === 'approved' && !(bound && linked))
      return [`${requestId} approved but member bound=${bound}, account linked=${linked}`]
    if (settled && request.status !== 'approved' && (bound || linked))
      return [`${requestId} ${String(request.status)} but member bound=${bound}, account linked=${linked}`]
    return []
  }

  it('has enough unbound members in the branch for these races', () => {
    expect(pool.length).toBeGreaterThanOrEqual(8)
  })

  it('binds a member once when two applicants for it are approved by two reviewers at once', async () => {
    const target = pool[0]
    for (const openid of ['twin-a', 'twin-b'])
      dataOf(await callAs(openid).members.requestBinding({ name: target.name, phone: target.phone }))
    const reviews = await Promise.all([
      callAs(P.secretary).members.reviewBinding({ requestId: 'bind:twin-a', decision: 'approve' }),
      callAs(P.admin).members.reviewBinding({ requestId: 'bind:twin-b', decision: 'approve' }),
    ])
    expect(reviews.map(codeOf).sort()).toEqual(['MEMBER.ALREADY_BOUND', 'ok'])
    const winner = reviews[0].ok ? 'twin-a' : 'twin-b'
    const loser = winner === 'twin-a' ? 'twin-b' : 'twin-a'
    expect(await read('members', target._id)).toMatchObject({ openid: winner, version: target.version + 1 })
    expect(await read('bindingRequests', `bind:${loser}`)).toMatchObject({ status: 'rejected', reason: expect.stringContaining('已绑定') })
    expect(await me(winner)).toMatchObject({ role: 'member', member: { id: target._id } })
    expect(await me(loser)).toMatchObject({ role: 'visitor', member: null, bindingRequest: { status: 'rejected' } })
    expect(await bindingProblems(`bind:${winner}`)).toEqual([])
    expect(await bindingProblems(`bind:${loser}`)).toEqual([])
  })

  it('gives one outcome when an approval and a rejection of the same request race', async () => {
    const racers = pool.slice(1, 4)
    for (const [i, target] of racers.entries()) {
      const openid = `split-${i}`
      dataOf(await callAs(openid).members.requestBinding({ name: target.name, phone: target.phone }))
      const [first, second] = i % 2 ? [P.admin.openid, P.secretary.openid] : [P.secretary.openid, P.admin.openid]
      const reviews = await Promise.all([
        callAs(first).members.reviewBinding({ requestId: `bind:${openid}`, decision: 'approve' }),
        callAs(second).members.reviewBinding({ requestId: `bind:${openid}`, decision: 'reject', reason: '核对不符' }),
      ])
      expect(reviews.map(codeOf).sort()).toEqual(['MEMBER.BINDING_REVIEWED', 'ok'])
      const status = (await read('bindingRequests', `bind:${openid}`))?.status
      expect(status).toBe(reviews[0].ok ? 'approved' : 'rejected')
      expect(await bindingProblems(`bind:${openid}`)).toEqual([])
      expect(await countOf(db, 'auditLogs', { action: 'members.reviewBinding', target: `bind:${openid}` })).toBe(1)
    }
  })

  it('leaves nothing half-done when the account write fails mid-review, so a retry can still approve', async () => {
    // The SDK's database requests, intercepted to lose the write of the applicant's `users` document
    // once: the moment a non-atomic review would leave the request approved but the account unlinked.

    const { Db } = require('@cloudbase/database') as {
      Db: { reqClass: { prototype: { send: (api: string, data: Record<string, unknown>, opts?: unknown) => Promise<unknown> } } }
    }
    const applicants = pool.slice(4, 6).map((target, i) => ({ target, openid: `faulty-${i}` }))
    // One applicant is already a registered resident (their account is updated); the other has none (created).
    const [resident] = applicants
    dataOf(
      await callAs(resident.openid).members.register({
        name: resident.target.name,
        phone: resident.target.phone,
        building: resident.target.building,
        unit: resident.target.unit,
      }),
    )
    for (const { target, openid } of applicants)
      dataOf(await callAs(openid).members.requestBinding({ name: target.name, phone: target.phone }))

    const original = Db.reqClass.prototype.send
    for (const { target, openid } of applicants) {
      let armed = true
      const spy = jest.spyOn(Db.reqClass.prototype, 'send').mockImplementation(function (this: unknown, api, data, opts) {
        if (armed && data?.collectionName === 'users' && (api === 'database.insertDocument' || api === 'database.modifyDocument')) {
          armed = false
          return Promise.reject(new Error('connection reset while writing users'))
        }
        return original.call(this, api, data, opts)
      })
      const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined)
      try {
        expect(codeOf(await callAs(P.secretary).members.reviewBinding({ requestId: `bind:${openid}`, decision: 'approve' }))).toBe(
          'COMMON.INTERNAL',
        )
      } finally {
        spy.mockRestore()
        quiet.mockRestore()
      }
      expect(armed).toBe(false)
      expect(await bindingProblems(`bind:${openid}`)).toEqual([])
      expect(await read('bindingRequests', `bind:${openid}`)).toMatchObject({ status: 'pending' })
      expect((await read('members', target._id))?.openid).toBeNull()

      dataOf(await callAs(P.secretary).members.reviewBinding({ requestId: `bind:${openid}`, decision: 'approve' }))
      expect(await bindingProblems(`bind:${openid}`)).toEqual([])
      expect(await me(openid)).toMatchObject({ role: 'member', member: { id: target._id }, bindingRequest: { status: 'approved' } })
      expect(await countOf(db, 'auditLogs', { action: 'members.reviewBinding', target: `bind:${openid}` })).toBe(1)
    }
    // The resident keeps their registration and becomes a member.
    expect(await read('users', resident.openid)).toMatchObject({
      role: 'member',
      memberId: resident.target._id,
      residentId: expect.any(String),
    })
  })
})
