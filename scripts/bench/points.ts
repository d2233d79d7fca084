/**
 * Benchmark of the 道德银行 (issue 5), through the real points cloud function and wx-server-sdk against
 * an in-memory local cloud: with 100,000 accounts and 1,000,000 ledger entries (bulk-loaded, built by
 * the ledger rules so they reconcile) —
 *   my balance (`account`), my statement (`ledger`, first page and a page deep in a long statement),
 *   the community ranking top 50 plus my rank (`leaderboard`, this month and all time) — p50/p95 each;
 *   and redemption throughput with 50 callers redeeming in parallel.
 * Smaller runs: POINTS_BENCH_ACCOUNTS=10000 (entries are 10 per account).
 * Run: npx tsx scripts/bench/points.ts   → prints a table, writes .bench/points.json
 */
import type { LeaderboardResponse, PointsAccountResponse, PointsLedgerResponse, RedeemResponse } from '../../core/contract/points'
import type { RankedPerson } from '../../core/points/posting'
import { buildDemoCommunity } from '../../server/seed/community'
import { personName } from '../../server/seed/names'
import { LedgerBook, rankedPeople } from '../../server/seed/points-book'
import { createRandom } from '../../server/seed/random'
import { registeredResident } from '../../server/seed/sign-ups'
import { startFunctionBench } from './lib/function-env'
import { txStats } from '../../cloudfunctions/_core/transaction'
import { CASE_RUNS, latencyRow, percentiles, publishBench, runBench, tenths, timeCase, type BenchRow } from './report'

const ENV = 'bench-points'
const ACCOUNTS = Number(process.env.POINTS_BENCH_ACCOUNTS ?? 100_000)
const ENTRIES = ACCOUNTS * 10
const ME = 'demo-resident'
const MY_ID = 'r-0001'
const MY_POSTINGS = 400
const CALLERS = 50
const REDEEMS_PER_CALLER = Number(process.env.POINTS_BENCH_REDEEMS ?? 10)
const DAY = 86_400_000

async function main(): Promise<void> {
  const bench = await startFunctionBench(ENV)
  const { server, insert } = bench
  const call = await bench.caller('points')

  // People: the demo community, 50 extra residents who will redeem in parallel, and ACCOUNTS bulk accounts.
  const community = buildDemoCommunity()
  const now = new Date()
  const registered = Array.from({ length: CALLERS }, (_, i) =>
    registeredResident(
      {
        _id: `r-bench-${i}`,
        openid: `bench-caller-${i}`,
        name: `测试${i}`,
        phone: `1390000${String(i).padStart(4, '0')}`,
        building: '琼林苑1栋',
        unit: '1单元',
      },
      now,
    ),
  )
  const callers = registered.map((r) => r.resident)
  const users = registered.map((r) => r.user)
  await insert('orgs', community.orgs)
  await insert('members', community.members)
  await insert('residents', [...community.residents, ...callers])
  await insert('users', [...community.users, ...users])
  const demoPeople = rankedPeople(community.orgs, community.members, [...community.residents, ...callers])

  const random = createRandom(5)
  const branches = community.orgs.filter((o) => o.level === 'branch')
  const buildings = community.orgs.flatMap((o) => o.buildings)
  const bulkPerson = (): RankedPerson => {
    const branch = random.pick(branches)
    return {
      name: personName(random, random.chance(0.5)),
      building: random.pick(buildings),
      branchId: branch._id,
      orgPath: [...branch.path, branch._id],
      optOut: random.chance(0.05),
    }
  }

  // The books: every posting through the ledger rules, in time order within the last 60 days.
  const loadStart = Date.now()
  const book = new LedgerBook()
  let written = 0
  const flush = async (force = false) => {
    const entries = book.drainEntries()
    for (let i = 0; i < entries.length; i += 5000) await insert('pointEntries', entries.slice(i, i + 5000))
    written += entries.length
    if (force || written % 200_000 < entries.length)
      console.log(`  entries ${written}/${ENTRIES} (${Math.round((Date.now() - loadStart) / 1000)} s)`)
  }
  const postingsPerAccount = Math.max(1, Math.round(ENTRIES / 2 / ACCOUNTS))
  const at = (i: number) => new Date(now.getTime() - 60 * DAY + (i / (ACCOUNTS * postingsPerAccount)) * 59 * DAY)
  let n = 0
  for (let a = 0; a < ACCOUNTS; a++) {
    const id = `p-${a}`
    const person = bulkPerson()
    for (let k = 0; k < postingsPerAccount; k++) {
      const amount = random.int(1, 20) * 5
      if (k % 4 === 3 && book.balanceOf(id) >= 30)
        book.post({ key: `redeem:${id}:${k}`, accountId: id, amount: -30, kind: 'redeem', reason: '兑换「抽纸」×1' }, null, at(n++))
      else
        book.post(
          { key: `attendance:act-${k}:${id}`, accountId: id, amount, minutes: 60, kind: 'attendance', reason: '参加活动「楼道清洁日」' },
          person,
          at(n++),
        )
    }
    if (a % 20_000 === 19_999) await flush()
  }
  // My own long statement, and a balance for each parallel caller.
  for (let k = 0; k < MY_POSTINGS; k++)
    book.post(
      { key: `deed:bench-${k}`, accountId: MY_ID, amount: 10, kind: 'deed', reason: '日行一善「互帮互助」' },
      demoPeople.get(MY_ID)!,
      new Date(now.getTime() - (MY_POSTINGS - k) * 3_600_000),
    )
  for (const c of callers)
    book.post(
      { key: `adjust:bench-${c._id}`, accountId: c._id, amount: 100_000, kind: 'adjust', reason: '测试' },
      demoPeople.get(c._id)!,
      now,
    )
  await flush(true)
  await insert('pointAccounts', [...book.accounts.values()])
  const totals = [...book.totals.values()]
  for (let i = 0; i < totals.length; i += 20_000) await insert('pointTotals', totals.slice(i, i + 20_000))
  await insert('pointStats', [...book.stats.values()])
  await insert('pointRewards', [
    {
      _id: 'reward-bench',
      name: '抽纸（一提）',
      description: '',
      photo: null,
      price: 40,
      stock: 1_000_000,
      monthlyLimit: 100,
      active: true,
      sort: 0,
      createdAt: now,
      updatedAt: now,
    },
  ])
  const loadMs = Date.now() - loadStart
  console.log(`loaded ${book.accounts.size} accounts, ${written} entries, ${totals.length} period totals in ${Math.round(loadMs / 1000)} s`)

  const balance = await timeCase(async () => {
    const account = await call<PointsAccountResponse>(ME, 'account', {})
    if (account.balance !== MY_POSTINGS * 10) throw new Error(`balance ${account.balance}`)
  })
  const firstPage = await timeCase(async () => {
    const page = await call<PointsLedgerResponse>(ME, 'ledger', {})
    if (page.items.length !== 20) throw new Error('short statement page')
  })
  // A page deep in the statement: the cursor of page 15 (entries 281–300), found once.
  let cursor: string | undefined
  for (let p = 0; p < 14; p++) cursor = (await call<PointsLedgerResponse>(ME, 'ledger', cursor ? { cursor } : {})).nextCursor ?? undefined
  const deepPage = await timeCase(async () => {
    const page = await call<PointsLedgerResponse>(ME, 'ledger', { cursor })
    if (page.items.length !== 20) throw new Error('short deep page')
  })
  const rankMonth = await timeCase(async () => {
    const board = await call<LeaderboardResponse>(ME, 'leaderboard', { period: 'month', scope: 'community' })
    if (board.items.length !== 50 || !board.me?.rank) throw new Error('ranking without 50 rows or my rank')
  })
  const rankAll = await timeCase(async () => {
    const board = await call<LeaderboardResponse>(ME, 'leaderboard', { period: 'all', scope: 'community' })
    if (board.items.length !== 50 || !board.me?.rank) throw new Error('ranking without 50 rows or my rank')
  })
  const rankBranch = await timeCase(async () => {
    const board = await call<LeaderboardResponse>(ME, 'leaderboard', { period: 'all', scope: 'branch' })
    if (!board.me?.rank) throw new Error('branch ranking without my rank')
  })

  // Redemption throughput: 50 callers at once, each redeeming REDEEMS_PER_CALLER times in a row.
  const redeemStart = process.hrtime.bigint()
  const latencies: number[] = []
  // COMMON.BUSY is the retryable answer (nothing written): the app sends the same requestId again.
  let busy = 0
  const redeemOnce = async (openid: string, requestId: string): Promise<RedeemResponse> => {
    for (;;) {
      try {
        return await call<RedeemResponse>(openid, 'redeem', { rewardId: 'reward-bench', quantity: 1, requestId })
      } catch (error) {
        if (!String(error).includes('COMMON.BUSY')) throw error
        busy++
      }
    }
  }
  await Promise.all(
    callers.map(async (c) => {
      for (let k = 0; k < REDEEMS_PER_CALLER; k++) {
        const start = process.hrtime.bigint()
        const result = await redeemOnce(c.openid, `bench-${c._id}-${k}`)
        latencies.push(Number(process.hrtime.bigint() - start) / 1e6)
        if (!result.created) throw new Error('redemption not created')
      }
    }),
  )
  const redeemMs = Number(process.hrtime.bigint() - redeemStart) / 1e6
  const redemptions = CALLERS * REDEEMS_PER_CALLER
  const redeemLatency = percentiles(latencies)

  const rows: BenchRow[] = [
    latencyRow('我的余额（account）', balance, '账户 + 近 12 月累计，按 _id 读取'),
    latencyRow('我的明细第 1 页（ledger）', firstPage, `共 ${MY_POSTINGS} 条，每页 20`),
    latencyRow('我的明细第 15 页（游标）', deepPage, 'accountId + seq 索引，无 skip'),
    latencyRow('全社区本月排行前 50 + 我的名次', rankMonth, 'pointTotals 索引'),
    latencyRow('全社区累计排行前 50 + 我的名次', rankAll, 'pointTotals 索引'),
    latencyRow('本支部累计排行 + 我的名次', rankBranch, 'rank_branch 索引'),
    latencyRow(
      `兑换：${CALLERS} 人并发，各 ${REDEEMS_PER_CALLER} 次`,
      redeemLatency,
      `${redemptions} 单 / ${tenths(redeemMs / 1000)} s = ${tenths((redemptions * 1000) / redeemMs)} 单/秒，COMMON.BUSY 重发 ${busy} 次，写冲突 ${txStats.conflicts} 次`,
    ),
  ]
  publishBench(
    'points',
    `道德银行：${ACCOUNTS.toLocaleString('en')} 个账户、${written.toLocaleString('en')} 条流水（各 ${CASE_RUNS} 次，经 points 云函数）`,
    rows,
    {
      accounts: book.accounts.size,
      entries: written,
      totals: totals.length,
      loadMs,
      redemptions,
      redeemMs,
    },
  )
  await server.close()
}

runBench(main)
