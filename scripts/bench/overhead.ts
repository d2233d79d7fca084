/**
 * The local cloud's request overhead over HTTP, on this machine (2 cores shared by the host, its
 * database and this client): a health check (host only), an action the router answers without the
 * database (an unknown action: session, routing, envelope), and a real read (`members.me`: the user,
 * their roster entry or registration and organisation path, through wx-server-sdk).
 * Each case: latency of SEQUENTIAL requests one at a time (p50/p95), then requests per second with
 * CONCURRENCY callers for SECONDS. Needs the built functions and H5 (npm run build:functions, build:h5).
 * Run: npm run bench -- overhead   → prints a table, writes .bench/overhead.json
 */
import { startLocalCloud } from '../../tests/e2e/local-cloud'
import { percentiles, publishBench, runBench, type BenchRow } from './report'

const SEQUENTIAL = 300
const CONCURRENCY = 16
const SECONDS = 5

type Request = () => Promise<Response>

async function latency(request: Request): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < SEQUENTIAL; i++) {
    const start = process.hrtime.bigint()
    const res = await request()
    await res.arrayBuffer()
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return samples
}

async function throughput(request: Request): Promise<number> {
  const deadline = Date.now() + SECONDS * 1000
  let done = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const res = await request()
        await res.arrayBuffer()
        done++
      }
    }),
  )
  return Math.round(done / SECONDS)
}

async function main(): Promise<void> {
  const cloud = await startLocalCloud()
  try {
    const login = await fetch(`${cloud.url}/api/dev/login`, { method: 'POST', body: JSON.stringify({ openid: 'demo-resident' }) })
    const { data } = (await login.json()) as { data: { token: string } }
    const post = (action: string, expected: number) => async () => {
      const res = await fetch(`${cloud.url}/api/members`, {
        method: 'POST',
        body: JSON.stringify({ action, data: {} }),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
      })
      if (res.status !== expected) throw new Error(`members.${action}: HTTP ${res.status}`)
      return res
    }
    const cases: Array<[string, Request]> = [
      ['GET /healthz (host only)', () => fetch(`${cloud.url}/healthz`)],
      ['unknown action (router, no database)', post('noSuchAction', 404)],
      ['members.me (real read)', post('me', 200)],
    ]
    const rows: BenchRow[] = []
    for (const [name, request] of cases) {
      await latency(request) // warm-up pass, not reported
      const { p50, p95 } = percentiles(await latency(request))
      rows.push({ case: name, 'p50 ms': p50, 'p95 ms': p95, [`req/s (${CONCURRENCY} callers)`]: await throughput(request) })
    }
    const noop = rows[1]['p50 ms'] as number
    for (const row of rows) row['p50 / no-op'] = Math.round(((row['p50 ms'] as number) / noop) * 100) / 100
    publishBench(
      'overhead',
      `Local cloud request overhead over HTTP (${SEQUENTIAL} sequential requests; ${SECONDS} s at ${CONCURRENCY} callers)`,
      rows,
    )
  } finally {
    await cloud.stop()
  }
}

runBench(main)
