import type { RequestOf } from '../../core/contract'
import type { MemberDetail, MemberListResponse } from '../../core/contract/members'
import { callAs, codeOf, dataOf, membersOf, P, unchecked } from '../support'
import { countOf, useCommunityDb } from './helpers'

jest.setTimeout(180000)

const db = useCommunityDb('members_roster')
const list = async (openid: string, filter: object = {}) => dataOf(await callAs(openid).members.list(filter))
const getMember = async (openid: string, memberId: string) => dataOf(await callAs(openid).members.get({ memberId })).member

async function listAll(openid: string, filter: object = {}): Promise<MemberListResponse['items']> {
  const items: MemberListResponse['items'] = []
  let cursor: string | undefined
  for (let guard = 0; guard < 100; guard++) {
    const page = await list(openid, { ...filter, ...(cursor ? { cursor } : {}) })
    expect(page.items.length).toBeLessThanOrEqual(20)
    items.push(...page.items)
    if (!page.nextCursor) return items
    cursor = page.nextCursor
  }
  throw new Error('paging never ended')
}

type MemberFieldsInput = RequestOf<'members', 'upsert'>['fields']

const newMemberFields: MemberFieldsInput = {
  name: '赵新民',
  gender: 'male',
  birthYear: 1949,
  phone: '13655550001',
  category: 'retired',
  elder: true,
  orgId: 'org-b1-g1',
  building: '琼林苑1栋',
  unit: '2单元',
  joinedPartyYear: 1972,
}

describe('list', () => {
  it('pages a secretary through exactly their branch, 20 at a time, in a stable order with no repeats', async () => {
    const items = await listAll(P.secretary.openid)
    const expected = membersOf('org-b1')
      .map((m) => m._id)
      .sort()
    expect(items.map((i) => i.id).sort()).toEqual(expected)
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
    const first = await list(P.secretary.openid)
    expect(first.total).toBe(expected.length)
    // Managers of the subtree see full numbers (they phone members); the masked form comes along.
    expect(first.items[0].phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/)
    expect(first.items[0].phone).toMatch(/^1\d{10}$/)
  })

  it('gives the admin the whole community and filters by branch, category, elder flag, status and name', async () => {
    expect((await listAll(P.admin.openid)).length).toBe(membersOf('org-committee').length)
    const b2 = await listAll(P.admin.openid, { orgId: 'org-b2' })
    expect(b2.every((m) => m.org && membersOf('org-b2').some((s) => s._id === m.id))).toBe(true)
    const elders = await listAll(P.secretary.openid, { elder: true })
    expect(elders.map((m) => m.id).sort()).toEqual(
      membersOf('org-b1')
        .filter((m) => m.elder)
        .map((m) => m._id)
        .sort(),
    )
    const employed = await listAll(P.admin.openid, { category: 'employed' })
    expect(employed.length).toBe(membersOf('org-committee').filter((m) => m.category === 'employed').length)
    const lost = await listAll(P.admin.openid, { status: 'lostContact' })
    expect(lost.length).toBe(membersOf('org-committee').filter((m) => m.status === 'lostContact').length)
    const byName = await listAll(P.admin.openid, { query: '桂兰' })
    expect(byName.map((m) => m.id)).toContain('m-elder')
    expect(byName.every((m) => m.name.includes('桂兰'))).toBe(true)
    expect((await list(P.admin.openid, { query: '.*' })).items).toEqual([])
  })

  it('refuses a branch outside the secretary’s subtree and caps the page size', async () => {
    expect(codeOf(await callAs(P.secretary).members.list({ orgId: 'org-b2' }))).toBe('COMMON.FORBIDDEN')
    expect(await callAs(P.admin).members.list({ limit: 21 })).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION', field: 'limit' },
    })
    expect(await callAs(P.admin).members.list({ cursor: '!!' })).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION', field: 'cursor' },
    })
  })
})

describe('get', () => {
  it('shows full phones to managers of the subtree, a member only themselves (masked), hides others as not found', async () => {
    expect((await getMember(P.secretary.openid, 'm-elder')).phone).toMatch(/^1\d{10}$/)
    const own = await getMember(P.elder.openid, 'm-elder')
    expect(own.phone).toBeNull()
    expect(own.phoneMasked).toMatch(/\*{4}/)
    expect(codeOf(await callAs(P.member).members.get({ memberId: 'm-elder' }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.otherSecretary).members.get({ memberId: 'm-elder' }))).toBe('COMMON.NOT_FOUND')
    expect(codeOf(await callAs(P.secretary).members.get({ memberId: 'no-such-member' }))).toBe('COMMON.NOT_FOUND')
  })
})

/** The editable fields of a member as a manager read them (what an edit sends back, changed). */
function fieldsOf(read: MemberDetail): MemberFieldsInput {
  const { name, gender, birthYear, category, elder, status, orgId, building, unit, joinedPartyYear } = read
  return { name, gender, birthYear, phone: read.phone!, category, elder, status, orgId, building, unit, joinedPartyYear }
}

describe('upsert and archive', () => {
  it('adds a member once even when the add is retried, and appears in the list in name order', async () => {
    const replies = await Promise.all([1, 2, 3].map(() => callAs(P.secretary).members.upsert({ fields: newMemberFields })))
    expect(replies.map(codeOf)).toEqual(['ok', 'ok', 'ok'])
    expect(await countOf(db, 'members', { phone: newMemberFields.phone })).toBe(1)
    const created = dataOf(replies[0]).member
    expect(created).toMatchObject({ name: '赵新民', version: 1, orgId: 'org-b1-g1', elder: true, dualReport: false })
    expect((await listAll(P.secretary.openid)).map((m) => m.id)).toContain(created.id)
    expect(codeOf(await callAs(P.secretary).members.upsert({ fields: { ...newMemberFields, name: '别人' } }))).toBe('MEMBER.PHONE_TAKEN')
  })

  it('rejects a stale edit instead of overwriting it', async () => {
    const read = await getMember(P.admin.openid, 'm-elder')
    const fields = { ...fieldsOf(read), unit: '3单元' }
    const first = await callAs(P.admin).members.upsert({ memberId: 'm-elder', version: read.version, fields })
    expect(dataOf(first).member).toMatchObject({ unit: '3单元', version: read.version + 1 })
    const second = await callAs(P.secretary).members.upsert({
      memberId: 'm-elder',
      version: read.version,
      fields: { ...fields, unit: '1单元' },
    })
    expect(codeOf(second)).toBe('COMMON.CONFLICT')
    expect((await getMember(P.admin.openid, 'm-elder')).unit).toBe('3单元')
    expect(await callAs(P.admin).members.upsert({ memberId: 'm-elder', fields })).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION', field: 'version' },
    })
  })

  it('moves a member between branches (admin), keeping orgPath consistent; a secretary cannot move one out of their subtree', async () => {
    const read = await getMember(P.admin.openid, 'm-member')
    const fields = { ...fieldsOf(read), orgId: 'org-b2-g1' }
    expect(codeOf(await callAs(P.secretary).members.upsert({ memberId: 'm-member', version: read.version, fields }))).toBe(
      'COMMON.FORBIDDEN',
    )
    const moved = dataOf(await callAs(P.admin).members.upsert({ memberId: 'm-member', version: read.version, fields })).member
    expect(moved.orgPath.map((o) => o.id)).toEqual(['org-committee', 'org-gb-qionglin', 'org-b2', 'org-b2-g1'])
    expect((await listAll(P.otherSecretary.openid)).map((m) => m.id)).toContain('m-member')
    expect((await listAll(P.secretary.openid)).map((m) => m.id)).not.toContain('m-member')
    expect(codeOf(await callAs(P.secretary).members.get({ memberId: 'm-member' }))).toBe('COMMON.NOT_FOUND')
  })

  it('rejects bad input naming the field, and writes nothing', async () => {
    const before = await countOf(db, 'members')
    const cases: Array<[object, string]> = [
      [{ ...newMemberFields, phone: '13655550009', name: '' }, 'fields.name'],
      [{ ...newMemberFields, phone: '1365555' }, 'fields.phone'],
      [{ ...newMemberFields, phone: '13655550009', orgId: 'org-nowhere' }, 'fields.orgId'],
      [{ ...newMemberFields, phone: '13655550009', building: '楼'.repeat(31) }, 'fields.building'],
      [{ ...newMemberFields, phone: '13655550009', birthYear: '1949' }, 'fields.birthYear'],
      [{ ...newMemberFields, phone: '13655550009', idCard: '110101194901010011' }, 'fields.idCard'],
      [{ ...newMemberFields, phone: '13655550009', category: 'vip' }, 'fields.category'],
    ]
    for (const [fields, field] of cases) {
      expect(await callAs(P.admin).members.upsert({ fields: unchecked(fields) })).toMatchObject({
        ok: false,
        error: { code: 'COMMON.VALIDATION', field },
      })
    }
    expect(await countOf(db, 'members')).toBe(before)
  })

  it('archives without deleting: gone from the list, kept in the database, restorable; the member loses the role', async () => {
    const archived = dataOf(await callAs(P.secretary).members.archive({ memberId: 'm-elder' })).member
    expect(archived.archived).toBe(true)
    expect((await listAll(P.secretary.openid)).map((m) => m.id)).not.toContain('m-elder')
    expect((await listAll(P.secretary.openid, { archived: true })).map((m) => m.id)).toEqual(['m-elder'])
    expect(dataOf(await callAs(P.elder).members.me()).role).toBe('visitor')
    dataOf(await callAs(P.secretary).members.archive({ memberId: 'm-elder', archived: false }))
    expect(dataOf(await callAs(P.elder).members.me()).role).toBe('member')
    const audits = await countOf(db, 'auditLogs', { target: 'm-elder' })
    expect(audits).toBeGreaterThanOrEqual(3)
  })
})
