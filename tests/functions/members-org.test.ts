import type { MemberResponse, OrgTreeResponse, SetRoleResponse, UpsertOrgResponse } from '../../core/contract/members'
import { main as members } from '../../cloudfunctions/members'
import { callAs, seedCommunity, useFunctionEnv } from './helpers'
import { codeOf, dataOf, membersOf, type Reply } from './members-fixtures'

jest.setTimeout(180000)

let db: Awaited<ReturnType<typeof useFunctionEnv>>['db']
const call = <T = unknown>(openid: string, action: string, data: unknown = {}) => callAs<Reply<T>>(members, openid, action, data)

beforeAll(async () => {
  ;({ db } = await useFunctionEnv('members_org'))
  await seedCommunity(db)
})

describe('orgTree', () => {
  it('gives the admin the whole tree parents-first, a secretary only their branch, with secretaries named', async () => {
    const all = dataOf(await call<OrgTreeResponse>('demo-admin', 'orgTree'))
    expect(all.rootId).toBe('org-committee')
    expect(all.nodes[0]).toMatchObject({ id: 'org-committee', level: 'committee' })
    const seen = new Set<string>()
    for (const node of all.nodes) {
      if (node.parentId) expect(seen.has(node.parentId)).toBe(true)
      seen.add(node.id)
    }
    expect(all.nodes.find((n) => n.id === 'org-b1')?.secretaries).toEqual([
      { memberId: 'm-secretary', name: '刘秀英', openid: 'demo-secretary' },
    ])
    const mine = dataOf(await call<OrgTreeResponse>('demo-secretary', 'orgTree'))
    expect(mine.nodes.map((n) => n.id)).toEqual(['org-b1', 'org-b1-g1', 'org-b1-g2', 'org-b1-g3'])
  })
})

describe('upsertOrg', () => {
  it('creates a group once (retry-safe), renames with history, and rejects a wrong level', async () => {
    const make = { name: '琼林苑7栋党小组', level: 'group', parentId: 'org-b1', buildings: ['琼林苑7栋'] }
    const [a, b] = await Promise.all([
      call<UpsertOrgResponse>('demo-admin', 'upsertOrg', make),
      call<UpsertOrgResponse>('demo-admin', 'upsertOrg', make),
    ])
    expect(dataOf(a).org.id).toBe(dataOf(b).org.id)
    const id = dataOf(a).org.id
    expect(dataOf(await call<UpsertOrgResponse>('demo-admin', 'upsertOrg', make)).org.id).toBe(id)
    expect(((await db.collection('orgs').where({ parentId: 'org-b1', name: make.name }).count()) as { total: number }).total).toBe(1)
    dataOf(await call('demo-admin', 'upsertOrg', { ...make, orgId: id, name: '琼林苑7-8栋党小组' }))
    const history = dataOf(await call<{ items: Array<{ kind: string }> }>('demo-admin', 'orgHistory', { orgId: id }))
    expect(history.items.map((h) => h.kind).sort()).toEqual(['create', 'rename'])
    expect(codeOf(await call('demo-admin', 'upsertOrg', { name: '错层', level: 'group', parentId: 'org-committee', buildings: [] }))).toBe(
      'ORG.INVALID_PARENT',
    )
    expect(codeOf(await call('demo-admin', 'upsertOrg', { ...make, name: '琼林苑1-2栋党小组' }))).toBe('ORG.NAME_TAKEN')
    expect(await call('demo-admin', 'upsertOrg', { ...make, parentId: 'org-nowhere' })).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION', field: 'parentId' },
    })
  })

  it('moves a branch with its groups and members, keeping every orgPath and scope consistent', async () => {
    const branch = { orgId: 'org-b4', name: '第四党支部（在职党员）', level: 'branch', parentId: 'org-gb-qionglin', buildings: [] }
    const moved = dataOf(await call<UpsertOrgResponse>('demo-admin', 'upsertOrg', branch))
    expect(moved.membersMoved).toBe(membersOf('org-b4').length)
    expect(moved.org.path).toEqual(['org-committee', 'org-gb-qionglin'])
    const group = (await db.collection('orgs').doc('org-b4-g1').get()) as unknown as { data: { path: string[] } }
    expect(group.data.path).toEqual(['org-committee', 'org-gb-qionglin', 'org-b4'])
    const someone = membersOf('org-b4')[0]
    const detail = dataOf(await call<MemberResponse>('demo-admin', 'get', { memberId: someone._id })).member
    expect(detail.orgPath.map((o) => o.id).slice(0, 3)).toEqual(['org-committee', 'org-gb-qionglin', 'org-b4'])
    expect(
      codeOf(
        await call('demo-admin', 'upsertOrg', {
          ...branch,
          orgId: 'org-gb-qionglin',
          level: 'generalBranch',
          name: '琼临网格党总支',
          parentId: 'org-b1',
        }),
      ),
    ).toBe('ORG.INVALID_PARENT')
    const history = dataOf(
      await call<{ items: Array<{ kind: string; before: { parentId: string } }> }>('demo-admin', 'orgHistory', { orgId: 'org-b4' }),
    )
    expect(history.items[0]).toMatchObject({ kind: 'move', before: { parentId: 'org-committee' } })
  })
})

describe('setRole', () => {
  it('grants and removes the secretary role of a branch; the role follows on the next call', async () => {
    const granted = dataOf(await call<SetRoleResponse>('demo-admin', 'setRole', { memberId: 'm-member', orgId: 'org-b3', grant: true }))
    expect(granted).toMatchObject({ role: 'secretary', scope: { id: 'org-b3' } })
    expect(dataOf(await call<{ role: string }>('demo-member', 'me')).role).toBe('secretary')
    expect(codeOf(await call('demo-member', 'list', { orgId: 'org-b3' }))).toBe('ok')
    dataOf(await call('demo-admin', 'setRole', { memberId: 'm-member', orgId: 'org-b3', grant: false }))
    expect(dataOf(await call<{ role: string }>('demo-member', 'me')).role).toBe('member')
    expect(codeOf(await call('demo-member', 'list', {}))).toBe('COMMON.FORBIDDEN')
    expect(codeOf(await call('demo-admin', 'setRole', { memberId: 'm-admin', orgId: 'org-b1', grant: false }))).toBe('MEMBER.ADMIN_ROLE')
    expect(codeOf(await call('demo-admin', 'setRole', { memberId: 'm-member', orgId: 'org-b1-g1', grant: true }))).toBe('ORG.NOT_A_BRANCH')
    const unbound = membersOf('org-b1').find((m) => !m.openid)!
    expect(codeOf(await call('demo-admin', 'setRole', { memberId: unbound._id, orgId: 'org-b1', grant: true }))).toBe('MEMBER.NOT_BOUND')
  })
})
