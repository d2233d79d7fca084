import { canMarkLostContact } from '../../core/rules/contact'
import { canBeChildOf, rebasePath, sortTree, wouldCycle } from '../../core/rules/org'
import { decodeCursor, encodeCursor } from '../../core/cursor'
import { changedMemberFields, memberSortKey } from '../../core/rules/roster'
import { memberToRow, parseRosterSheet, planImport, ROSTER_COLUMNS, type OrgLite } from '../../core/rules/roster-import'
import { memberFieldsSchema } from '../../core/contract/members'
import type { MemberDoc } from '../../core/model'

const HEADER = ROSTER_COLUMNS.map((c) => c.header)
const ORGS: OrgLite[] = [
  { _id: 'c', name: '社区党委', level: 'committee', parentId: null },
  { _id: 'b1', name: '第一党支部', level: 'branch', parentId: 'c' },
  { _id: 'g1', name: '1栋党小组', level: 'group', parentId: 'b1' },
  { _id: 'b2', name: '第二党支部', level: 'branch', parentId: 'c' },
]
const row = (cells: Array<string>, n = 2) => ({ row: n, cells })
const valid = ['张建国', '男', '1948', '13900001111', '离退休', '是', '', '第一党支部', '1栋党小组', '1栋', '2单元', '1970']

describe('roster keys and cursors', () => {
  it('round-trips cursors, including Chinese names, and rejects garbage', () => {
    const key = memberSortKey('李桂兰', 'm-elder')
    expect(decodeCursor(encodeCursor([key]), 1)).toEqual([key])
    const at = new Date('2026-11-20T16:30:00.123Z')
    expect(decodeCursor(encodeCursor([at, 'm-elder']), 2)).toEqual([at, 'm-elder'])
    expect(decodeCursor(encodeCursor([key]), 2)).toBeNull()
    expect(decodeCursor('!!', 1)).toBeNull()
    expect(decodeCursor('', 1)).toBeNull()
  })

  it('lists exactly the edited fields that changed', () => {
    const base = {
      name: 'a',
      gender: 'male',
      birthYear: 1950,
      phone: '13900000001',
      category: 'retired',
      elder: false,
      status: 'normal',
      orgId: 'b1',
      building: '',
      unit: '',
      joinedPartyYear: 1970,
    } as const
    expect(changedMemberFields(base, { ...base })).toEqual([])
    expect(changedMemberFields(base, { ...base, unit: '2单元', elder: true })).toEqual(['elder', 'unit'])
  })
})

describe('lost contact rule', () => {
  const now = new Date('2026-11-21T00:00:00Z')
  it('needs six months without contact, counting from joining when no contact is recorded', () => {
    expect(canMarkLostContact(new Date('2026-05-20T00:00:00Z'), new Date('2020-01-01'), now)).toBe(true)
    expect(canMarkLostContact(new Date('2026-06-01T00:00:00Z'), new Date('2020-01-01'), now)).toBe(false)
    expect(canMarkLostContact(null, new Date('2026-10-01'), now)).toBe(false)
    expect(canMarkLostContact(undefined, new Date('2025-10-01'), now)).toBe(true)
  })
})

describe('org tree rules', () => {
  it('keeps the shape committee → general branch → branch → group', () => {
    expect(canBeChildOf('branch', 'committee')).toBe(true)
    expect(canBeChildOf('group', 'branch')).toBe(true)
    expect(canBeChildOf('group', 'committee')).toBe(false)
    expect(canBeChildOf('generalBranch', 'branch')).toBe(false)
  })

  it('detects cycles and rebases descendants after a move', () => {
    expect(wouldCycle('b1', { _id: 'g1', path: ['c', 'b1'] })).toBe(true)
    expect(wouldCycle('b1', { _id: 'b1', path: ['c'] })).toBe(true)
    expect(wouldCycle('b1', { _id: 'b2', path: ['c'] })).toBe(false)
    expect(rebasePath(['c', 'gb', 'b1'], 'b1', ['c'])).toEqual(['c', 'b1'])
  })

  it('orders a tree parents first, siblings by sort', () => {
    const nodes = [
      { _id: 'g', parentId: 'b', sort: 0, name: 'g' },
      { _id: 'b', parentId: 'c', sort: 2, name: 'b' },
      { _id: 'a', parentId: 'c', sort: 1, name: 'a' },
      { _id: 'c', parentId: null, sort: 0, name: 'c' },
    ]
    expect(sortTree(nodes, 'c').map((n) => n._id)).toEqual(['c', 'a', 'b', 'g'])
  })
})

describe('roster sheet', () => {
  it('accepts a clean row and resolves branch and group names to the group', () => {
    const parsed = parseRosterSheet(HEADER, [row(valid)], ORGS, 2026)
    expect(parsed.issues).toEqual([])
    expect(parsed.valid[0].member).toMatchObject({
      name: '张建国',
      gender: 'male',
      elder: true,
      status: 'normal',
      orgId: 'g1',
      birthYear: 1948,
    })
  })

  it('lets through only rows the member schema of upsert accepts too (the import checks the same fields, at least as strictly)', () => {
    const atLimits = [
      '张'.repeat(20),
      '女',
      '1900',
      '13900002222',
      '在职',
      '',
      '口袋',
      '第一党支部',
      '',
      '琼'.repeat(30),
      '单'.repeat(10),
      '2026',
    ]
    const parsed = parseRosterSheet(HEADER, [row(valid), row(atLimits, 3)], ORGS, 2026)
    expect(parsed.issues).toEqual([])
    for (const { member } of parsed.valid) expect(memberFieldsSchema.safeParse(member).success).toBe(true)
  })

  it('reports every problem of a row, by column, in Chinese', () => {
    const bad = ['', '未知', '48', '1390000', '退休', '也许', '死亡', '第九党支部', '', 'x'.repeat(31), '', '1900']
    const parsed = parseRosterSheet(HEADER, [row(bad, 5)], ORGS, 2026)
    expect(parsed.valid).toEqual([])
    expect(parsed.issues.map((i) => i.column)).toEqual([
      '姓名',
      '性别',
      '出生年份',
      '手机号',
      '类别',
      '高龄或行动不便',
      '状态',
      '入党年份',
      '楼栋',
      '所在支部',
    ])
    expect(parsed.issues.every((i) => i.row === 5 && /[\u4e00-\u9fff]/.test(i.message))).toBe(true)
  })

  it('flags a repeated phone, a group outside the branch, and missing columns', () => {
    const other = [...valid]
    other[7] = '第二党支部'
    const parsed = parseRosterSheet(HEADER, [row(valid, 2), row(valid, 3), row(other, 4)], ORGS, 2026)
    expect(parsed.issues).toEqual([
      { row: 3, column: '手机号', message: '与第 2 行的手机号重复' },
      { row: 4, column: '手机号', message: '与第 2 行的手机号重复' },
      { row: 4, column: '党小组', message: '“第二党支部”下没有名为“1栋党小组”的党小组' },
    ])
    const missing = parseRosterSheet(['姓名'], [row(['张三'])], ORGS, 2026)
    expect(missing.invalidRows.has(2)).toBe(true)
    expect(missing.issues.some((i) => i.column === '手机号' && i.row === 1)).toBe(true)
  })

  it('plans new, changed and unchanged rows by phone, refusing archived matches', () => {
    const parsed = parseRosterSheet(HEADER, [row(valid)], ORGS, 2026)
    const stored = { ...parsed.valid[0].member, _id: 'm1', version: 3, archived: false } as unknown as MemberDoc
    expect(planImport(parsed.valid, new Map()).planned[0].kind).toBe('new')
    expect(planImport(parsed.valid, new Map([[stored.phone, stored]])).planned[0].kind).toBe('unchanged')
    expect(planImport(parsed.valid, new Map([[stored.phone, { ...stored, unit: '9单元' }]])).planned[0]).toMatchObject({
      kind: 'changed',
      fields: ['unit'],
    })
    expect(planImport(parsed.valid, new Map([[stored.phone, { ...stored, archived: true }]])).issues).toHaveLength(1)
  })

  it('exports a member as a row the import reads back identically', () => {
    const parsed = parseRosterSheet(HEADER, [row(valid)], ORGS, 2026)
    const orgs = new Map(ORGS.map((o) => [o._id, o]))
    const cells = memberToRow(parsed.valid[0].member, orgs, parsed.valid[0].member.phone).map(String)
    expect(parseRosterSheet(HEADER, [row(cells)], ORGS, 2026).valid[0].member).toEqual(parsed.valid[0].member)
  })
})
