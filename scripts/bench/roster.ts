/**
 * Benchmark of the roster (issue 3), through the real members cloud function and wx-server-sdk against
 * an in-memory local cloud, as the community admin:
 *   a. importing a 5,000-row .xlsx roster: the check phase (parse + validate + match by phone) and the
 *      commit phase (writes), in rows/s; then the same file again (nothing to write);
 *   b. paging a roster of 10,000 members 20 at a time by keyset cursor: time per page at page 1,
 *      page 2 and page 400 (the cursor of page 400 is found by walking once, then reused). Page 1 also
 *      counts the matching members (`total`), later pages do not, so page 2 is the like-for-like
 *      baseline; page400/page1 and page400/page2 must both stay ≈ 1.
 * Run: npx tsx scripts/bench/roster.ts   → prints a table, writes .bench/roster.json
 */
import path from 'path'
import type { ImportReport, MemberListResponse } from '../../core/contract/members'
import type { OrgDoc } from '../../core/model'
import { CATEGORY_LABELS, GENDER_LABELS, ROSTER_COLUMNS, STATUS_LABELS } from '../../core/rules/roster-import'
import { newMemberId } from '../../core/rules/roster'
import { buildDemoCommunity } from '../../server/seed/community'
import { personName } from '../../server/seed/names'
import { createRandom } from '../../server/seed/random'
import { startFunctionBench } from './lib/function-env'
import { syntheticMemberFields } from './lib/synthetic-members'
import { percentiles, runBench, tenths, writeBenchReport, type BenchRow } from './report'

const ENV = 'bench-roster'
const ADMIN = 'demo-admin'
const IMPORT_ROWS = 5_000
const ROSTER_SIZE = 10_000
const PAGE_SIZE = 20
const DEEP_PAGE = 400
const WARMUP = 10
const RUNS = 60

async function main(): Promise<void> {
  const bench = await startFunctionBench(ENV)
  const { server } = bench
  const { newMemberDoc } = await import('../../cloudfunctions/members/lib/member-write')
  const callAs = await bench.caller('members')
  const call = <T>(action: string, data: unknown) => callAs<T>(ADMIN, action, data)

  // The demo org tree and the admin (user + roster entry); the roster itself comes from the import.
  const community = buildDemoCommunity()
  await server.service.bulkInsert(ENV, 'orgs', community.orgs as unknown as Array<Record<string, unknown>>)
  await server.service.bulkInsert(ENV, 'users', community.users.filter((u) => u._id === ADMIN) as unknown as Array<Record<string, unknown>>)
  const adminMember = community.members.filter((m) => m.openid === ADMIN)
  await server.service.bulkInsert(ENV, 'members', adminMember as unknown as Array<Record<string, unknown>>)

  // a. Import.
  const file = await rosterWorkbook(community.orgs, IMPORT_ROWS)
  const fileBase64 = file.toString('base64')
  const timed = async <T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> => {
    const start = process.hrtime.bigint()
    const value = await fn()
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, value }
  }
  const check = await timed(() => call<ImportReport>('importRoster', { fileBase64, commit: false, acceptValidRows: false }))
  if (check.value.new !== IMPORT_ROWS || check.value.invalid !== 0)
    throw new Error(`check phase: ${JSON.stringify({ ...check.value, issues: check.value.issues.slice(0, 5) })}`)
  const commit = await timed(() => call<ImportReport>('importRoster', { fileBase64, commit: true, acceptValidRows: false }))
  if (commit.value.written !== IMPORT_ROWS) throw new Error(`commit phase wrote ${commit.value.written} of ${IMPORT_ROWS}`)
  const again = await timed(() => call<ImportReport>('importRoster', { fileBase64, commit: true, acceptValidRows: false }))
  if (again.value.written !== 0 || again.value.unchanged !== IMPORT_ROWS) throw new Error(`re-import wrote ${again.value.written}`)

  // b. Fill the roster to 10,000 with documents of the importer's shape, then page.
  const orgById = new Map(community.orgs.map((org) => [org._id, org]))
  const placeable = community.orgs.filter((org) => org.level === 'group')
  const random = createRandom(4242)
  const existing = IMPORT_ROWS + adminMember.length
  const now = new Date()
  const extra = Array.from({ length: ROSTER_SIZE - existing }, (_, i) => {
    const fields = syntheticMemberFields(random, i, '135', placeable, 0.25)
    return newMemberDoc(newMemberId(fields.phone), fields, orgById.get(fields.orgId)!, now)
  })
  await server.service.bulkInsert(ENV, 'members', extra)
  // Statistics after the bulk load, as the database would have them after a day of normal use.
  await server.service.sql('ANALYZE')

  const page = (cursor?: string) => call<MemberListResponse>('list', { archived: false, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) })
  const first = await page()
  if (first.total !== ROSTER_SIZE) throw new Error(`roster holds ${first.total}, expected ${ROSTER_SIZE}`)
  // Walk once to find the cursors of page 2 and page 400 (the cursor returned by page n leads to n + 1).
  const seen = new Set<string>()
  const cursors: Array<string | undefined> = [undefined]
  const walk = await timed(async () => {
    let cursor: string | undefined
    for (let n = 1; n <= DEEP_PAGE; n++) {
      const reply = await page(cursor)
      for (const item of reply.items) seen.add(item.id)
      if (reply.items.length !== PAGE_SIZE || !reply.nextCursor) throw new Error(`page ${n} is short`)
      cursor = reply.nextCursor
      cursors.push(cursor)
    }
  })
  if (seen.size !== DEEP_PAGE * PAGE_SIZE) throw new Error(`walk saw ${seen.size} distinct members in ${DEEP_PAGE} pages`)
  const cursorOf = (n: number) => cursors[n - 1]

  // Interleaved, so drift on a shared machine affects every page alike.
  const samples: Record<'page1' | 'page2' | 'page400', number[]> = { page1: [], page2: [], page400: [] }
  const targets = [
    ['page1', 1],
    ['page2', 2],
    ['page400', DEEP_PAGE],
  ] as const
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const [key, n] of targets) {
      const { ms, value } = await timed(() => page(cursorOf(n)))
      if (value.items.length !== PAGE_SIZE) throw new Error(`${key} returned ${value.items.length} items`)
      if (i >= WARMUP) samples[key].push(ms)
    }
  }
  const stats = Object.fromEntries(Object.entries(samples).map(([key, list]) => [key, percentiles(list)])) as Record<
    keyof typeof samples,
    { p50: number; p95: number }
  >
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100
  const rate = (ms: number) => Math.round(IMPORT_ROWS / (ms / 1000))

  const rows: BenchRow[] = [
    {
      case: `导入 ${IMPORT_ROWS} 行：检查`,
      ms: tenths(check.ms),
      'rows/s': rate(check.ms),
      note: `new ${check.value.new}, invalid ${check.value.invalid}`,
    },
    { case: `导入 ${IMPORT_ROWS} 行：写入`, ms: tenths(commit.ms), 'rows/s': rate(commit.ms), note: `written ${commit.value.written}` },
    { case: `导入 ${IMPORT_ROWS} 行：写入+检查`, ms: tenths(check.ms + commit.ms), 'rows/s': rate(check.ms + commit.ms), note: '两步合计' },
    {
      case: '重复导入同一文件',
      ms: tenths(again.ms),
      'rows/s': rate(again.ms),
      note: `written ${again.value.written}, unchanged ${again.value.unchanged}`,
    },
    { case: `翻页 ${ROSTER_SIZE} 人：第 1 页`, 'p50 ms': stats.page1.p50, 'p95 ms': stats.page1.p95, note: '含 total 计数' },
    { case: `翻页 ${ROSTER_SIZE} 人：第 2 页`, 'p50 ms': stats.page2.p50, 'p95 ms': stats.page2.p95, note: '游标，无计数' },
    {
      case: `翻页 ${ROSTER_SIZE} 人：第 ${DEEP_PAGE} 页`,
      'p50 ms': stats.page400.p50,
      'p95 ms': stats.page400.p95,
      note: `page400/page1 ${ratio(stats.page400.p50, stats.page1.p50)}, page400/page2 ${ratio(stats.page400.p50, stats.page2.p50)}`,
    },
    { case: `顺序翻完 ${DEEP_PAGE} 页`, ms: tenths(walk.ms), note: `平均每页 ${tenths(walk.ms / DEEP_PAGE)} ms` },
  ]
  console.table(rows)

  const out = writeBenchReport(
    'roster',
    `花名册：导入 ${IMPORT_ROWS} 行 .xlsx；${ROSTER_SIZE} 人按游标翻页（每页 ${PAGE_SIZE}，各 ${RUNS} 次，经 members 云函数）`,
    rows,
    {
      importRows: IMPORT_ROWS,
      fileBytes: file.length,
      checkMs: check.ms,
      commitMs: commit.ms,
      reimportMs: again.ms,
      rosterSize: ROSTER_SIZE,
      pageSize: PAGE_SIZE,
      deepPage: DEEP_PAGE,
      runs: RUNS,
      warmup: WARMUP,
      walkMs: walk.ms,
      paging: stats,
      ratios: { page400OverPage1: ratio(stats.page400.p50, stats.page1.p50), page400OverPage2: ratio(stats.page400.p50, stats.page2.p50) },
      samples,
    },
  )
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`)
  await server.close()
}

/** A clean roster workbook of `n` members spread over every branch and group of the demo tree. */
async function rosterWorkbook(orgs: OrgDoc[], n: number): Promise<Buffer> {
  const ExcelJS = require('exceljs') as typeof import('exceljs')
  const random = createRandom(20260101)
  const groups = orgs.filter((org) => org.level === 'group')
  const nameOf = new Map(orgs.map((org) => [org._id, org.name]))
  const categories = Object.values(CATEGORY_LABELS)
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('花名册')
  sheet.columns = ROSTER_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    style: column.key === 'phone' ? { numFmt: '@' } : {},
  }))
  for (let i = 0; i < n; i++) {
    const group = groups[i % groups.length]
    const elder = random.chance(0.25)
    const birthYear = elder ? random.int(1930, 1945) : random.int(1946, 1995)
    sheet.addRow({
      name: personName(random, elder),
      gender: random.chance(0.55) ? GENDER_LABELS.female : GENDER_LABELS.male,
      birthYear,
      phone: `137${String(i).padStart(8, '0')}`,
      category: elder ? CATEGORY_LABELS.retired : categories[i % categories.length],
      elder: elder ? '是' : '否',
      status: STATUS_LABELS.normal,
      branch: nameOf.get(group.parentId!)!,
      group: i % 3 === 0 ? '' : group.name,
      building: group.buildings?.[i % 2] ?? '',
      unit: `${random.int(1, 3)}单元`,
      joinedPartyYear: Math.max(birthYear + 18, random.int(1960, 2015)),
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

runBench(main)
