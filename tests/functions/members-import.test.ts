import ExcelJS from 'exceljs'
import type { RosterFile } from '../../core/contract/members'
import type { OrgDoc } from '../../core/model'
import { newMemberId } from '../../core/rules/roster'
import { parseRosterSheet, planImport, type PlannedRow } from '../../core/rules/roster-import'
import { commitPlan } from '../../cloudfunctions/members/lib/import-commit'
import { readRosterSheet } from '../../cloudfunctions/members/lib/xlsx'
import { callAs, codeOf, dataOf, membersOf, P } from '../support'
import { storeFile } from '../support/cloud-services'
import { countOf, useCommunityDb } from './helpers'

jest.setTimeout(180000)

const db = useCommunityDb('members_import')
const HEADER = ['姓名', '性别', '出生年份', '手机号', '类别', '高龄或行动不便', '状态', '所在支部', '党小组', '楼栋', '单元', '入党年份']
const B1 = '第一党支部（琼林苑）'

async function xlsxBytes(rows: Array<Array<string | number>>, header = HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('花名册')
  sheet.addRow(header)
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const xlsx = async (rows: Array<Array<string | number>>, header = HEADER) => upload(await xlsxBytes(rows, header))

/** As the client does: the file goes to storage, the call names its id. */
let uploads = 0
const upload = (bytes: Buffer) => storeFile(`imports/test-${Date.now()}-${(uploads += 1)}.xlsx`, bytes)

async function readBack(file: RosterFile): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  const response = await fetch(file.url)
  expect(response.status).toBe(200)
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer)
  const out: string[][] = []
  workbook.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
  return out
}

const good = (i: number): Array<string | number> => [
  `导入党员${i}`,
  i % 2 ? '男' : '女',
  1945 + (i % 30),
  `1350000${String(i).padStart(4, '0')}`,
  '离退休',
  i % 3 ? '否' : '是',
  '',
  B1,
  '琼林苑1-2栋党小组',
  '琼林苑1栋',
  '1单元',
  1970 + (i % 30),
]
const memberCount = async () => await countOf(db, 'members')

describe('roster template', () => {
  it('downloads as an .xlsx with the Chinese column headers', async () => {
    const file = dataOf(await callAs(P.admin).members.rosterTemplate())
    expect(file.filename).toMatch(/\.xlsx$/)
    expect((await readBack(file))[0]).toEqual(HEADER)
  })
})

describe('importRoster', () => {
  it('reports every problem by row and column, writes nothing until clean or confirmed, and re-imports as unchanged', async () => {
    const rows = [
      good(1),
      good(2),
      ['', '男', 1950, '13500009999', '离退休', '否', '', B1, '', '', '', 1970],
      good(3),
      ['坏行', '未知', 1950, '123', '退休', '也许', '', '不存在的支部', '', '', '', 1940],
    ]
    rows.push(good(1).map((v, i) => (i === 0 ? '重复手机' : v)))
    const file = await xlsx(rows)
    const before = await memberCount()

    const report = dataOf(await callAs(P.admin).members.importRoster({ fileId: file }))
    expect(report).toMatchObject({ rows: 6, new: 3, changed: 0, unchanged: 0, invalid: 3, committed: false })
    expect(report.issues).toEqual(
      expect.arrayContaining([
        { row: 4, column: '姓名', message: '必填，不能为空' },
        expect.objectContaining({ row: 6, column: '性别' }),
        expect.objectContaining({ row: 6, column: '手机号' }),
        expect.objectContaining({ row: 6, column: '类别' }),
        expect.objectContaining({ row: 6, column: '高龄或行动不便' }),
        expect.objectContaining({ row: 6, column: '所在支部', message: expect.stringContaining('不存在的支部') }),
        expect.objectContaining({ row: 7, column: '手机号', message: '与第 2 行的手机号重复' }),
      ]),
    )
    expect(codeOf(await callAs(P.admin).members.importRoster({ fileId: file, commit: true }))).toBe('MEMBER.IMPORT_HAS_ERRORS')
    expect(await memberCount()).toBe(before)

    const committed = dataOf(await callAs(P.admin).members.importRoster({ fileId: file, commit: true, acceptValidRows: true }))
    expect(committed).toMatchObject({ committed: true, written: 3, conflicts: 0 })
    expect(await memberCount()).toBe(before + 3)

    const again = dataOf(await callAs(P.admin).members.importRoster({ fileId: file, commit: true, acceptValidRows: true }))
    expect(again).toMatchObject({ new: 0, changed: 0, unchanged: 3, written: 0 })
    expect(await memberCount()).toBe(before + 3)

    const fixed = await xlsx([good(1), good(2), good(3).map((v, i) => (i === 10 ? '2单元' : v))])
    const change = dataOf(await callAs(P.admin).members.importRoster({ fileId: fixed, commit: true }))
    expect(change).toMatchObject({ new: 0, changed: 1, unchanged: 2, invalid: 0, written: 1 })
    const list = dataOf(await callAs(P.secretary).members.list({ query: '导入党员3' }))
    expect(list.items).toMatchObject([{ name: '导入党员3', unit: '2单元', org: { id: 'org-b1-g1' } }])
  })

  it('matches 楼栋 and 单元 to the community’s buildings list (琼林苑1号楼 → 琼林苑1栋), and reports one that is not listed', async () => {
    const typed = good(901).map((cell, i) => (i === 9 ? '琼林苑 1号楼' : i === 10 ? '二单元' : cell))
    const unlisted = good(902).map((cell, i) => (i === 9 ? '不存在小区9栋' : cell))
    const noUnit = good(903).map((cell, i) => (i === 10 ? '9单元' : cell))
    const file = await xlsx([typed, unlisted, noUnit])
    const report = dataOf(await callAs(P.admin).members.importRoster({ fileId: file }))
    expect(report.issues).toEqual([
      { row: 3, column: '楼栋', message: expect.stringContaining('楼栋列表中没有“不存在小区9栋”') },
      { row: 4, column: '单元', message: expect.stringContaining('没有“9单元”') },
    ])
    dataOf(await callAs(P.admin).members.importRoster({ fileId: file, commit: true, acceptValidRows: true }))
    const stored = (await db.collection('members').where({ phone: '13500000901' }).get()) as unknown as {
      data: Array<{ building: string; unit: string }>
    }
    expect(stored.data.map((m) => [m.building, m.unit])).toEqual([['琼林苑1栋', '2单元']])
  })

  it('refuses a file that is not a spreadsheet, or lacks required columns', async () => {
    expect(codeOf(await callAs(P.admin).members.importRoster({ fileId: await upload(Buffer.from('hello')) }))).toBe('MEMBER.FILE_INVALID')
    const report = dataOf(await callAs(P.admin).members.importRoster({ fileId: await xlsx([good(9)], ['姓名', '手机号']) }))
    expect(report.issues.map((i) => i.column)).toEqual(expect.arrayContaining(['性别', '所在支部']))
    expect(report.invalid).toBe(1)
  })

  it('imports 600 rows in one commit', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => good(1000 + i))
    const before = await memberCount()
    const report = dataOf(await callAs(P.admin).members.importRoster({ fileId: await xlsx(rows), commit: true }))
    expect(report).toMatchObject({ rows: 600, new: 600, written: 600 })
    expect(await memberCount()).toBe(before + 600)
  })
})

describe('commitPlan', () => {
  it('writes the other rows of a batch that hits a duplicate phone, skips the duplicates, and re-commits as nothing', async () => {
    const sheet = (await readRosterSheet(await xlsxBytes(Array.from({ length: 5 }, (_, i) => good(3000 + i)))))!
    const orgs = (await db.collection('orgs').limit(1000).get()) as unknown as { data: OrgDoc[] }
    const parsed = parseRosterSheet(sheet.header, sheet.rows, orgs.data, new Date().getUTCFullYear())
    const { planned } = planImport(parsed.valid, new Map())
    expect(planned.map((p) => p.kind)).toEqual(['new', 'new', 'new', 'new', 'new'])
    const phone = (i: number) => (planned[i] as Extract<PlannedRow, { kind: 'new' }>).member.phone
    // The same phone twice in one batch, and a phone another writer took after planning.
    const plan: PlannedRow[] = [...planned, { ...planned[1], row: 99 }]
    await db.collection('members').add({ data: { _id: 'm-intruder', name: '抢先登记', phone: phone(3), archived: false } })
    const before = await memberCount()

    expect(await commitPlan(plan, new Map(orgs.data.map((o) => [o._id, o])))).toEqual({ written: 4, conflicts: 0 })
    expect(await memberCount()).toBe(before + 4)
    for (const i of [0, 1, 2, 4]) {
      const res = (await db
        .collection('members')
        .where({ _id: newMemberId(phone(i)) })
        .get()) as unknown as { data: Array<{ phone: string; version: number }> }
      expect(res.data).toMatchObject([{ phone: phone(i), version: 1 }])
    }
    const intruder = (await db
      .collection('members')
      .where({ phone: phone(3) })
      .get()) as unknown as { data: Array<{ _id: string; name: string }> }
    expect(intruder.data).toEqual([expect.objectContaining({ _id: 'm-intruder', name: '抢先登记' })])

    expect(await commitPlan(plan, new Map(orgs.data.map((o) => [o._id, o])))).toEqual({ written: 0, conflicts: 0 })
    expect(await memberCount()).toBe(before + 4)
  })
})

describe('exportRoster', () => {
  it('exports the secretary’s subtree with masked phones; full phones only for the admin, audited', async () => {
    const masked = dataOf(await callAs(P.secretary).members.exportRoster())
    const rows = await readBack(masked)
    expect(rows[0]).toEqual(HEADER)
    expect(masked.rows).toBeGreaterThanOrEqual(membersOf('org-b1').length)
    expect(rows.slice(1).every((r) => /^\d{3}\*{4}\d{4}$/.test(r[3]))).toBe(true)
    expect(rows.slice(1).every((r) => r[7] === B1)).toBe(true)
    expect(codeOf(await callAs(P.secretary).members.exportRoster({ fullPhones: true }))).toBe('COMMON.FORBIDDEN')

    const full = dataOf(await callAs(P.admin).members.exportRoster({ orgId: 'org-b2', fullPhones: true }))
    const fullRows = await readBack(full)
    expect(fullRows.slice(1).every((r) => /^1\d{10}$/.test(r[3]))).toBe(true)
    expect(fullRows.length - 1).toBe(membersOf('org-b2').length)
    const audit = (await db.collection('auditLogs').where({ action: 'members.exportRoster.fullPhones' }).get()) as unknown as {
      data: Array<{ actorOpenid: string; actorRole: string; target: string }>
    }
    expect(audit.data).toEqual([expect.objectContaining({ actorOpenid: P.admin.openid, actorRole: 'admin', target: 'org-b2' })])
  })
})

describe('files through storage', () => {
  it('exports to storage with an expiring link, and the daily timer removes exports and uploads a day later', async () => {
    const exported = dataOf(await callAs(P.secretary).members.exportRoster({}))
    expect(exported.fileId).toMatch(/^cloud:\/\/.+\/exports\/roster\/.+\.xlsx$/)
    expect(new Date(exported.expiresAt).getTime()).toBeGreaterThan(Date.now())
    expect((await readBack(exported)).length).toBe(exported.rows + 1)
    const uploaded = await upload(Buffer.from(await (await fetch(exported.url)).arrayBuffer()))
    dataOf(await callAs(P.admin).members.importRoster({ fileId: uploaded }))

    const { removeExpiredFiles, readStoredFile } =
      require('../../cloudfunctions/_core/storage') as typeof import('../../cloudfunctions/_core/storage')
    expect(await removeExpiredFiles(new Date())).toBe(0)
    expect(await readStoredFile(exported.fileId)).not.toBeNull()
    expect(await removeExpiredFiles(new Date(Date.now() + 25 * 3600_000))).toBeGreaterThanOrEqual(2)
    expect(await readStoredFile(exported.fileId)).toBeNull()
    expect(await readStoredFile(uploaded)).toBeNull()
    expect(codeOf(await callAs(P.admin).members.importRoster({ fileId: uploaded }))).toBe('FILE.REJECTED')
  })
})
