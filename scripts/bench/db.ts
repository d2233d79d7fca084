/**
 * Benchmark of the local cloud database on 10,000 vs 100,000 members, queried through the real
 * wx-server-sdk: an indexed equality query, an indexed sort + limit 20, and a transaction updating
 * two documents. Documents are bulk-loaded straight into PGlite. The 100k/10k ratio per case should
 * stay ≈ 1: indexed work must not grow with the collection.
 * Run: npx tsx scripts/bench/db.ts   → prints a table, writes .bench/db.json
 */
import path from 'path'
import { startDatabaseServer } from '../../server/db/index'
import { runBench, writeBenchReport } from './report'

type Cloud = typeof import('wx-server-sdk')

const SIZES = [10_000, 100_000]
const WARM_SIZE = 2_000
const ORGS = 100
const WARMUP = 30
const RUNS = 300

function members(n: number): Array<Record<string, unknown>> {
  return Array.from({ length: n }, (_, i) => ({
    _id: `m${i}`,
    orgId: `org${i % ORGS}`,
    name: `name${String((i * 7919) % n).padStart(6, '0')}`,
    phone: `139${String(i).padStart(8, '0')}`,
    points: i % 500,
    joinedAt: new Date(Date.UTC(2000, 0, 1) + i * 60_000),
  }))
}

async function timeIt(fn: (i: number) => Promise<unknown>): Promise<{ medianMs: number; p95Ms: number; meanMs: number }> {
  for (let i = 0; i < WARMUP; i++) await fn(i)
  const t: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const s = process.hrtime.bigint()
    await fn(i)
    t.push(Number(process.hrtime.bigint() - s) / 1e6)
  }
  t.sort((a, b) => a - b)
  const r = (x: number) => Math.round(x * 1000) / 1000
  return {
    medianMs: r(t[Math.floor(t.length / 2)]),
    p95Ms: r(t[Math.floor(t.length * 0.95)]),
    meanMs: r(t.reduce((a, b) => a + b, 0) / t.length),
  }
}

async function main(): Promise<void> {
  const server = await startDatabaseServer({})
  process.env.TENCENTCLOUD = 'true'
  process.env.SILENCE = 'true'

  const cloud = require('wx-server-sdk') as Cloud
  cloud.init({ env: 'bench', secretId: 'local', secretKey: 'local', serviceUrl: server.url } as Parameters<Cloud['init']>[0])

  const results: Record<string, Record<string, unknown>> = {}
  const plans: Record<string, string> = {}
  // A first, unreported pass on a small collection warms the JIT and the connection pool, so the
  // 10k run is not penalised for going first.
  for (const size of [WARM_SIZE, ...SIZES]) {
    const env = `bench-${size}`
    await server.service.setupEnv(env)
    const loadStart = Date.now()
    await server.service.bulkInsert(env, 'members', members(size))
    const loadMs = Date.now() - loadStart
    const db = cloud.database({ env }) as any
    const _ = db.command
    const coll = db.collection('members')

    const equality = await timeIt(async (i) => {
      const { data } = await coll.where({ phone: `139${String((i * 31) % size).padStart(8, '0')}` }).get()
      if (data.length !== 1) throw new Error('equality query did not find its member')
    })
    const sortLimit = await timeIt(async (i) => {
      const { data } = await coll
        .where({ orgId: `org${i % ORGS}` })
        .orderBy('name', 'asc')
        .limit(20)
        .get()
      if (data.length !== 20) throw new Error('sort + limit returned a short page')
    })
    const transaction = await timeIt(async (i) => {
      const a = `m${(i * 2) % size}`
      const b = `m${(i * 2 + 1) % size}`
      await db.runTransaction(async (tx: any) => {
        const { data } = await tx.collection('members').doc(a).get()
        await tx
          .collection('members')
          .doc(a)
          .update({ data: { points: data.points - 1 } })
        await tx
          .collection('members')
          .doc(b)
          .update({ data: { points: _.inc(1) } })
      })
    })
    results[String(size)] = { loadMs, equality, sortLimit, transaction }

    const schema = (
      await server.service.sql<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname LIKE $1`, [`env_bench_${size}_%`])
    )[0].nspname
    const t = `"${schema}"."members"`
    const explain = async (sql: string, params: unknown[]) =>
      (await server.service.sql<{ 'QUERY PLAN': string }>(`EXPLAIN ANALYZE ${sql}`, params)).map((r) => r['QUERY PLAN']).join('\n')
    plans[`equality@${size}`] = await explain(`SELECT data FROM ${t} WHERE (data -> 'phone') = $1::jsonb LIMIT 100`, ['"13900000042"'])
    plans[`sortLimit@${size}`] = await explain(
      `SELECT data FROM ${t} WHERE (data -> 'orgId') = $1::jsonb ORDER BY (data -> 'name') ASC NULLS FIRST LIMIT 20`,
      ['"org7"'],
    )
  }

  const cases = ['equality', 'sortLimit', 'transaction'] as const
  const [small, large] = SIZES.map((s) => results[String(s)])
  const ratios = Object.fromEntries(
    cases.map((c) => [c, Math.round(((large[c] as any).medianMs / (small[c] as any).medianMs) * 100) / 100]),
  )
  const rows = cases.map((c) => ({
    case: c,
    '10k median ms': (small[c] as any).medianMs,
    '10k p95 ms': (small[c] as any).p95Ms,
    '100k median ms': (large[c] as any).medianMs,
    '100k p95 ms': (large[c] as any).p95Ms,
    '100k/10k': ratios[c],
  }))
  console.table(rows)
  console.log(`bulk load: 10k ${small.loadMs} ms, 100k ${large.loadMs} ms`)
  console.log('\nplans at 100k:\n' + plans[`equality@100000`] + '\n\n' + plans[`sortLimit@100000`])

  const out = writeBenchReport('db', `本地云数据库：10k 与 100k 文档（各 ${RUNS} 次，经 wx-server-sdk）`, rows, {
    runs: RUNS,
    warmup: WARMUP,
    sizes: SIZES,
    results,
    ratios,
    plans,
  })
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`)
  await server.close()
}

runBench(main)
