import type { RequestOf } from '../../core/contract'
import { callAs, codeOf, dataOf, membersOf, P } from '../support'
import { countOf, useCommunityDb } from './helpers'

type OrgInput = RequestOf<'members', 'upsertOrg'>

jest.setTimeout(180000)

const db = useCommunityDb('members_org')

describe('orgTree', () => {
  it('gives the admin the whole tree parents-first, a secretary only their branch, with secretaries named', async () => {
    const all = dataOf(await callAs(P.admin).members.orgTree())
    expect(all.rootId).toBe('org-committee')
    expect(all.nodes[0]).toMatchObject({ id: 'org-committee', level: 'committee' })
    const seen = new Set<string>()
    for (const node of all.nodes) {
      if (node.parentId) expect(seen.has(node.parentId)).toBe(true)
      seen.add(node.id)
    }
    expect(all.nodes.find((n) => n.id === 'org-b1')?.secretaries).toEqual([
      { memberId: 'm-secretary', name: '刘秀英', openid: P.secretary.openid },
    ])
    const mine = dataOf(await callAs(P.secretary).members.orgTree())
    expect(mine.nodes.map((n) => n.id)).toEqual(['org-b1', 'org-b1-g1', 'org-b1-g2', 'org-b1-g3'])
  })
})

describe('upsertOrg', () => {
  it('creates a group once (retry-safe), renames with history, and rejects a wrong level', async () => {
    // A group's buildings come from the committee's list: the new building is listed first.
    dataOf(await callAs(P.admin).members.upsertBuilding({ name: '琼林苑7栋', units: ['1单元'] }))
    const make: OrgInput = { name: '琼林苑7栋党小组', level: 'group', parentId: 'org-b1', buildings: ['琼林苑7栋'] }
    const [a, b] = await Promise.all([callAs(P.admin).members.upsertOrg(make), callAs(P.admin).members.upsertOrg(make)])
    expect(dataOf(a).org.id).toBe(dataOf(b).org.id)
    const id = dataOf(a).org.id
    expect(dataOf(await callAs(P.admin).members.upsertOrg(make)).org.id).toBe(id)
    expect(await countOf(db, 'orgs', { parentId: 'org-b1', name: make.name })).toBe(1)
    dataOf(await callAs(P.admin).members.upsertOrg({ ...make, orgId: id, name: '琼林苑7-8栋党小组' }))
    const history = dataOf(await callAs(P.admin).members.orgHistory({ orgId: id }))
    expect(history.items.map((h) => h.kind).sort()).toEqual(['create', 'rename'])
    expect(
      codeOf(await callAs(P.admin).members.upsertOrg({ name: '错层', level: 'group', parentId: 'org-committee', buildings: [] })),
    ).toBe('ORG.INVALID_PARENT')
    expect(codeOf(await callAs(P.admin).members.upsertOrg({ ...make, name: '琼林苑1-2栋党小组' }))).toBe('ORG.NAME_TAKEN')
    expect(await callAs(P.admin).members.upsertOrg({ ...make, parentId: 'org-nowhere' })).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION', field: 'parentId' },
    })
  })

  it('moves a branch with its groups and members, keeping every orgPath and scope consistent', async () => {
    const branch: OrgInput = {
      orgId: 'org-b4',
      name: '第四党支部（在职党员）',
      level: 'branch',
      parentId: 'org-gb-qionglin',
      buildings: [],
    }
    const moved = dataOf(await callAs(P.admin).members.upsertOrg(branch))
    expect(moved.membersMoved).toBe(membersOf('org-b4').length)
    expect(moved.org.path).toEqual(['org-committee', 'org-gb-qionglin'])
    const group = (await db.collection('orgs').doc('org-b4-g1').get()) as unknown as { data: { path: string[] } }
    expect(group.data.path).toEqual(['org-committee', 'org-gb-qionglin', 'org-b4'])
    const someone = membersOf('org-b4')[0]
    const detail = dataOf(await callAs(P.admin).members.get({ memberId: someone._id })).member
    expect(detail.orgPath.map((o) => o.id).slice(0, 3)).toEqual(['org-committee', 'org-gb-qionglin', 'org-b4'])
    expect(
      codeOf(
        await callAs(P.admin).members.upsertOrg({
          ...branch,
          orgId: 'org-gb-qionglin',
          level: 'generalBranch',
          name: '琼临网格党总支',
          parentId: 'org-b1',
        }),
      ),
    ).toBe('ORG.INVALID_PARENT')
    const history = dataOf(await callAs(P.admin).members.orgHistory({ orgId: 'org-b4' }))
    expect(history.items[0]).toMatchObject({ kind: 'move', before: { parentId: 'org-committee' } })
  })
})

describe('setRole', () => {
  it('grants and removes the secretary role of a branch; the role follows on the next call', async () => {
    const granted = dataOf(await callAs(P.admin).members.setRole({ memberId: 'm-member', orgId: 'org-b3', grant: true }))
    expect(granted).toMatchObject({ role: 'secretary', scope: { id: 'org-b3' } })
    expect(dataOf(await callAs(P.member).members.me()).role).toBe('secretary')
    expect(codeOf(await callAs(P.member).members.list({ orgId: 'org-b3' }))).toBe('ok')
    dataOf(await callAs(P.admin).members.setRole({ memberId: 'm-member', orgId: 'org-b3', grant: false }))
    expect(dataOf(await callAs(P.member).members.me()).role).toBe('member')
    expect(codeOf(await callAs(P.member).members.list({}))).toBe('COMMON.FORBIDDEN')
    expect(codeOf(await callAs(P.admin).members.setRole({ memberId: 'm-admin', orgId: 'org-b1', grant: false }))).toBe('MEMBER.ADMIN_ROLE')
    expect(codeOf(await callAs(P.admin).members.setRole({ memberId: 'm-member', orgId: 'org-b1-g1', grant: true }))).toBe(
      'ORG.NOT_A_BRANCH',
    )
    const unbound = membersOf('org-b1').find((m) => !m.openid)!
    expect(codeOf(await callAs(P.admin).members.setRole({ memberId: unbound._id, orgId: 'org-b1', grant: true }))).toBe('MEMBER.NOT_BOUND')
  })
})
