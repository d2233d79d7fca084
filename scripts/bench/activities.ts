/**
 * Benchmark of 活动报名 (issue 4) through the local HTTP API of the real local cloud (the process
 * `npm start` runs: host, built functions and database in one process, on the same 2 cores as this
 * client): PEOPLE registered residents sign up for a SEATS-seat activity at the same moment (half ask
 * for the waitlist), ROUNDS times on fresh activities, each person having opened the activity's page
 * (activities.get, OPENING_BATCH at a time) first, as 报名 is tapped there. Per round: wall time,
 * throughput, p50/p95 of the sign-up requests, SDK requests and CPU time per sign-up (the local
 * cloud's process, every thread, and this client's), and the correctness count — confirmed = SEATS, the seat counter = confirmed
 * sign-ups, the rest waitlisted or ACTIVITY.FULL, and no COMMON.INTERNAL — and the write conflicts
 * the database answered (all rerun by inTransaction). ACTIVITIES_BENCH_LANES=off turns the in-process
 * lanes off, as when every request lands on its own function instance: then the sign-ups really race.
 * ACTIVITIES_BENCH_ROUNDS sets the number of rounds (3), to see a warm instance after the first burst.
 * Needs the built functions and H5 (npm run build:functions, build:h5).
 * Run: npm run bench -- activities   → prints a table, writes .bench/activities.json
 */
import { signIn, startLocalCloud } from '../../tests/e2e/local-cloud'
import { conflictsOf, requestsOf } from '../../tests/reliability/http'
import { ownCpuMs, processCpuMs } from './lib/cpu-time'
import { percentiles, publishBench, runBench, type BenchRow } from './report'

const PEOPLE = Number(process.env.ACTIVITIES_BENCH_PEOPLE ?? 500)
const SEATS = 20
const ROUNDS = Number(process.env.ACTIVITIES_BENCH_ROUNDS ?? 3)
const LANES_OFF = process.env.ACTIVITIES_BENCH_LANES === 'off'
const HOUR = 3_600_000
/** How many people open the activity's page at a time before a round's burst. */
const OPENING_BATCH = 50

type Call = Awaited<ReturnType<typeof signIn>>

async function main(): Promise<void> {
  const cloud = await startLocalCloud(LANES_OFF ? { env: { HONGLIN_TX_LANES: 'off' } } : {})
  try {
    const admin = await signIn(cloud.url, 'demo-admin')
    // Registered residents, each with their own session (registration a few at a time).
    const people: Call[] = []
    for (let i = 0; i < PEOPLE; i += 25) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(25, PEOPLE - i) }, async (_, k) => {
          const n = i + k
          const call = await signIn(cloud.url, `bench-act-${n}`)
          const reply = await call('members', 'register', {
            name: `报名者${n}`,
            phone: `136${String(10_000_000 + n).slice(-8)}`,
            building: '琼林苑1栋',
            unit: '1单元',
          })
          if (!reply.body.ok) throw new Error(`register ${n}: ${reply.body.error?.code}`)
          return call
        }),
      )
      people.push(...batch)
    }
    console.log(`registered ${people.length} residents`)

    const rows: BenchRow[] = []
    for (let round = 1; round <= ROUNDS; round++) {
      const created = await admin('activities', 'create', {
        fields: {
          kind: 'themeDay',
          title: `会议室限 ${SEATS} 人（第 ${round} 轮）`,
          place: '党群服务中心二楼会议室',
          startAt: new Date(Date.now() + 48 * HOUR).toISOString(),
          endAt: new Date(Date.now() + 50 * HOUR).toISOString(),
          capacity: SEATS,
          audience: { kind: 'all' },
        },
      })
      if (!created.body.ok) throw new Error(`create: ${created.body.error?.code}`)
      const activityId = created.body.data.activity.id as string

      // 报名 is tapped on the activity's page: everyone has it open (activities.get) before the burst.
      for (let i = 0; i < people.length; i += OPENING_BATCH) {
        const opened = await Promise.all(people.slice(i, i + OPENING_BATCH).map((call) => call('activities', 'get', { activityId })))
        const failed = opened.find((r) => !r.body.ok)
        if (failed) throw new Error(`get: ${failed.body.error?.code}`)
      }

      const samples: number[] = []
      const conflictsBefore = await conflictsOf(cloud.url)
      const cpuBefore = { cloud: processCpuMs(cloud.process.pid), client: ownCpuMs() }
      const requestsBefore = await requestsOf(cloud.url)
      const start = process.hrtime.bigint()
      const replies = await Promise.all(
        people.map(async (call, i) => {
          const t0 = process.hrtime.bigint()
          const reply = await call('activities', 'signUp', { activityId, waitlist: i % 2 === 0 })
          samples.push(Number(process.hrtime.bigint() - t0) / 1e6)
          return reply
        }),
      )
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6
      const cloudCpuMs = (processCpuMs(cloud.process.pid) ?? NaN) - (cpuBefore.cloud ?? NaN)
      const clientCpuMs = ownCpuMs() - cpuBefore.client
      const outcome = (r: (typeof replies)[number]) =>
        r.body.ok ? (r.body.data.signUp.status as string) : (r.body.error?.code ?? `HTTP ${r.status}`)
      const count = (what: string) => replies.filter((r) => outcome(r) === what).length
      const detail = await admin('activities', 'get', { activityId })
      const list = await admin('activities', 'attendance', { activityId })
      const counter = detail.body.data.activity.confirmedCount as number
      const confirmedRows = (list.body.data.rows as unknown[]).length
      const other = replies.map(outcome).filter((o) => !['confirmed', 'waitlisted', 'ACTIVITY.FULL'].includes(o))
      const { p50, p95 } = percentiles(samples)
      rows.push({
        round,
        'sign-ups': PEOPLE,
        'wall s': Math.round(wallMs) / 1000,
        'req/s': Math.round((PEOPLE / wallMs) * 1000 * 10) / 10,
        'p50 ms': p50,
        'p95 ms': p95,
        confirmed: count('confirmed'),
        'seat counter': counter,
        'confirmed sign-ups': confirmedRows,
        waitlisted: count('waitlisted'),
        full: count('ACTIVITY.FULL'),
        INTERNAL: count('COMMON.INTERNAL'),
        other: other.length,
        conflicts: (await conflictsOf(cloud.url)) - conflictsBefore,
        'SDK requests/sign-up': Math.round((((await requestsOf(cloud.url)) - requestsBefore) / PEOPLE) * 100) / 100,
        'cloud CPU ms/sign-up': Number.isNaN(cloudCpuMs) ? '' : Math.round((cloudCpuMs / PEOPLE) * 100) / 100,
        'client CPU ms/sign-up': Math.round((clientCpuMs / PEOPLE) * 100) / 100,
      })
      if (count('confirmed') !== SEATS || counter !== SEATS || confirmedRows !== SEATS || count('COMMON.INTERNAL') || other.length) {
        console.table(rows)
        throw new Error(`round ${round} broke the rules: ${JSON.stringify(other.slice(0, 5))}\n${cloud.output().slice(-3000)}`)
      }
      if (round === ROUNDS)
        rows.push(
          await mixedBurst(
            cloud.url,
            admin,
            people,
            replies.map((r) => (r.body.ok ? (r.body.data.signUp.status as string) : 'full')),
            activityId,
          ),
        )
    }
    publishBench(
      'activities',
      `活动报名: ${PEOPLE} residents sign up at once for a ${SEATS}-seat activity through the local HTTP API (${ROUNDS} rounds${LANES_OFF ? ', lanes off' : ''})`,
      rows,
    )
  } finally {
    await cloud.stop()
  }
}

/**
 * On the full activity of the last round, at the same moment: half the confirmed people cancel and
 * every refused person asks again for the waitlist. Freed seats go to the waitlist in the same
 * transaction; afterwards the counter must still equal the confirmed sign-ups, with none over the seats.
 */
async function mixedBurst(cloudUrl: string, admin: Call, people: Call[], outcomes: string[], activityId: string): Promise<BenchRow> {
  const confirmed = people.filter((_, i) => outcomes[i] === 'confirmed').slice(0, SEATS / 2)
  const refused = people.filter((_, i) => outcomes[i] === 'full')
  const samples: number[] = []
  const conflictsBefore = await conflictsOf(cloudUrl)
  const timed = async (fn: () => ReturnType<Call>) => {
    const t0 = process.hrtime.bigint()
    const reply = await fn()
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6)
    return reply
  }
  const start = process.hrtime.bigint()
  const replies = await Promise.all([
    ...confirmed.map((call) => timed(() => call('activities', 'cancel', { activityId }))),
    ...refused.map((call) => timed(() => call('activities', 'signUp', { activityId, waitlist: true }))),
  ])
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6
  const codes = replies.map((r) => (r.body.ok ? 'ok' : (r.body.error?.code ?? `HTTP ${r.status}`)))
  const counter = (await admin('activities', 'get', { activityId })).body.data.activity.confirmedCount as number
  const confirmedRows = ((await admin('activities', 'attendance', { activityId })).body.data.rows as unknown[]).length
  const { p50, p95 } = percentiles(samples)
  const row: BenchRow = {
    round: `mixed: ${confirmed.length} cancel + ${refused.length} join the waitlist`,
    'sign-ups': replies.length,
    'wall s': Math.round(wallMs) / 1000,
    'req/s': Math.round((replies.length / wallMs) * 1000 * 10) / 10,
    'p50 ms': p50,
    'p95 ms': p95,
    confirmed: '',
    'seat counter': counter,
    'confirmed sign-ups': confirmedRows,
    waitlisted: '',
    full: '',
    INTERNAL: codes.filter((c) => c === 'COMMON.INTERNAL').length,
    other: codes.filter((c) => c !== 'ok').length,
    conflicts: (await conflictsOf(cloudUrl)) - conflictsBefore,
  }
  if (counter !== confirmedRows || counter !== SEATS || row.other) throw new Error(`mixed burst broke the rules: ${JSON.stringify(row)}`)
  return row
}

runBench(main)
