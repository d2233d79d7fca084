/**
 * Benchmark of the 数据看板 (issue 16.5), through the real stats cloud function and wx-server-sdk
 * against an in-memory local cloud, for a community of 3,000 members with 1 year and with 5 years of
 * history (each in its own process and env, so each env holds exactly that much): every month 20
 * activities with their sign-ups and credits, redemptions, one study record per member, 10 notices
 * and their reads, and each branch's 三会一课 (scripts/bench/lib/dashboard-history.ts).
 *   The summaries of every month are built with `refreshStats` (timed per month), then
 *   `dashboard` is timed as the committee (community + 4 branches, 12 months) and as a secretary,
 *   and the daily recomputation of the current month.
 * The goal: dashboard p95 with 5 years ≤ 1.5 × with 1 year.
 * Run: npx tsx scripts/bench/dashboard.ts → prints a table, writes .bench/dashboard.json
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DashboardResponse, RefreshStatsResponse } from '../../core/contract/stats'
import { monthsEndingWith } from '../../core/stats/months'
import { studyTotalId } from '../../core/study/rules'
import { beijingMonth } from '../../core/time'
import type { MemberDoc } from '../../core/model'
import { buildDemoCommunity, type DemoCommunity } from '../../server/seed/community'
import { createRandom } from '../../server/seed/random'
import { monthOfHistory, type History } from './lib/dashboard-history'
import { filledRoster } from './lib/filled-roster'
import { startFunctionBench } from './lib/function-env'
import { BENCH_DIR, percentiles, runBench, tenths, timeRuns, writeBenchReport, type BenchRow } from './report'

const MEMBERS = 3000
const ADMIN = 'demo-admin'
const SECRETARY = 'demo-secretary'
const WARMUP = 10
const RUNS = 200
const REFRESH_RUNS = 5

interface Phase {
  years: number
  documents: number
  summaries: number
  loadMs: number
  refreshPerMonth: { p50: number; p95: number }
  admin: { p50: number; p95: number }
  secretary: { p50: number; p95: number }
  refreshCurrent: { p50: number; p95: number }
  documentsRead: { admin: number; secretary: number }
}

async function phase(years: number): Promise<Phase> {
  const bench = await startFunctionBench(`bench-dashboard-${years}y`)
  const { server, insert } = bench
  const call = await bench.caller('stats')
  const community = buildDemoCommunity()
  const loadStart = Date.now()
  const members = (await filledRoster(community, MEMBERS, 16050)).filter((m) => !m.archived)
  await insert('orgs', community.orgs)
  await insert('members', members)
  await insert('residents', community.residents)
  await insert('users', community.users)

  const months = monthsEndingWith(beijingMonth(new Date()), years * 12)
  const documents = await loadHistory(insert, months, members, community, years)
  await server.service.sql('ANALYZE')
  const loadMs = Date.now() - loadStart
  console.log(`${years}y: loaded ${documents} documents for ${members.length} members in ${Math.round(loadMs / 1000)} s`)

  // The summaries of every month, built as the timer and the committee's 重算 build them.
  const perMonth: number[] = []
  for (const month of months) {
    const t = process.hrtime.bigint()
    const report = await call<RefreshStatsResponse>(ADMIN, 'refreshStats', { months: [month] })
    perMonth.push(Number(process.hrtime.bigint() - t) / 1e6)
    if (report.written !== 5) throw new Error(`refresh ${month} wrote ${report.written}`)
  }
  await server.service.sql('ANALYZE')
  console.log(`${years}y: built ${months.length * 5} summaries`)

  // The loader's garbage is collected before timing (both phases alike), not inside the samples.
  const timeIt = (runs: number, fn: () => Promise<unknown>) =>
    timeRuns(Math.min(WARMUP, runs), runs, fn, () => (globalThis as { gc?: () => void }).gc?.())
  const read = { admin: 0, secretary: 0 }
  const admin = await timeIt(RUNS, async () => {
    const board = await call<DashboardResponse>(ADMIN, 'dashboard', {})
    if (board.branches.length !== 4 || !board.months.every((m) => m.computed)) throw new Error('committee dashboard incomplete')
    read.admin = board.documentsRead
  })
  const secretary = await timeIt(RUNS, async () => {
    const board = await call<DashboardResponse>(SECRETARY, 'dashboard', {})
    if (board.org.id !== 'org-b1' || !board.months.some((m) => m.activities > 0)) throw new Error('secretary dashboard empty')
    read.secretary = board.documentsRead
  })
  const current = [months[months.length - 1]]
  const refreshCurrent = await timeIt(REFRESH_RUNS, () => call<RefreshStatsResponse>(ADMIN, 'refreshStats', { months: current }))
  await server.close()
  return {
    years,
    documents,
    summaries: months.length * 5,
    loadMs,
    refreshPerMonth: percentiles(perMonth),
    admin,
    secretary,
    refreshCurrent,
    documentsRead: read,
  }
}

/** Writes `months` of history (and the balances and year totals they add up to); answers how many documents. */
async function loadHistory(
  insert: (name: string, docs: object[]) => Promise<unknown>,
  months: string[],
  members: MemberDoc[],
  community: DemoCommunity,
  years: number,
): Promise<number> {
  const random = createRandom(1605 + years)
  const balances = new Map<string, number>()
  const yearMinutes = new Map<string, number>()
  let documents = 0
  for (const month of months) {
    const history: History = monthOfHistory(month, members, community.orgs, random)
    for (const [name, docs] of Object.entries(history)) {
      for (let i = 0; i < docs.length; i += 5000) await insert(name, docs.slice(i, i + 5000))
      documents += docs.length
    }
    for (const e of history.pointEntries) balances.set(String(e.accountId), (balances.get(String(e.accountId)) ?? 0) + Number(e.amount))
    for (const r of history.studyRecords) {
      const id = studyTotalId(String(r.personId), Number(r.year))
      yearMinutes.set(id, (yearMinutes.get(id) ?? 0) + Number(r.minutes))
    }
  }
  const accounts = [...balances].map(([id, balance]) => ({
    _id: id,
    kind: id.startsWith('issuer') ? 'issuer' : 'person',
    balance,
    earned: 0,
    minutes: 0,
  }))
  const totals = [...yearMinutes].map(([id, minutes]) => {
    const [personId, year] = id.split(':')
    return { _id: id, personId, year: Number(year), minutes }
  })
  await insert('pointAccounts', accounts)
  for (let i = 0; i < totals.length; i += 5000) await insert('studyTotals', totals.slice(i, i + 5000))
  documents += accounts.length + totals.length
  return documents
}

function runPhase(years: number): Phase {
  const out = join(BENCH_DIR, `dashboard-${years}y.json`)
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename], {
    stdio: 'inherit',
    env: { ...process.env, DASHBOARD_BENCH_YEARS: String(years), DASHBOARD_BENCH_OUT: out },
  })
  if (run.status !== 0) throw new Error(`dashboard bench (${years} years) failed`)
  return JSON.parse(readFileSync(out, 'utf8')) as Phase
}

async function main(): Promise<void> {
  if (process.env.DASHBOARD_BENCH_YEARS) {
    const result = await phase(Number(process.env.DASHBOARD_BENCH_YEARS))
    mkdirSync(BENCH_DIR, { recursive: true })
    writeFileSync(process.env.DASHBOARD_BENCH_OUT!, JSON.stringify(result))
    return
  }
  const one = runPhase(1)
  const five = runPhase(5)
  const row = (name: string, a: { p50: number; p95: number }, b: { p50: number; p95: number }, note: string): BenchRow => ({
    case: name,
    '1y p50 ms': tenths(a.p50),
    '1y p95 ms': tenths(a.p95),
    '5y p50 ms': tenths(b.p50),
    '5y p95 ms': tenths(b.p95),
    '5y/1y p50': Math.round((b.p50 / a.p50) * 100) / 100,
    '5y/1y p95': Math.round((b.p95 / a.p95) * 100) / 100,
    note,
  })
  const rows: BenchRow[] = [
    row(
      '看板：社区党委（全社区 + 4 个支部，12 个月）',
      one.admin,
      five.admin,
      `读 ${one.documentsRead.admin} / ${five.documentsRead.admin} 份每月统计`,
    ),
    row(
      '看板：支部书记（本支部，12 个月）',
      one.secretary,
      five.secretary,
      `读 ${one.documentsRead.secretary} / ${five.documentsRead.secretary} 份每月统计`,
    ),
    row('重算本月（每日定时任务）', one.refreshCurrent, five.refreshCurrent, '5 份（社区党委 + 4 个支部）'),
    row('重算历史上的一个月（建立时）', one.refreshPerMonth, five.refreshPerMonth, `共 ${one.summaries} / ${five.summaries} 份`),
  ]
  console.table(rows)
  const out = writeBenchReport(
    'dashboard',
    `数据看板：${MEMBERS.toLocaleString('en')} 名党员，1 年与 5 年的历史（各 ${RUNS} 次，经 stats 云函数）`,
    rows,
    { one, five },
  )
  console.log(`wrote ${out} (documents: 1y ${one.documents}, 5y ${five.documents})`)
}

runBench(main)
