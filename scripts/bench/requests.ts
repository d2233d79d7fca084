/**
 * SDK database requests per action: every action of every function, called once through the local
 * HTTP API of the real local cloud (demo community) by the most capable demo person its role admits,
 * counting the requests the local database receives for that call (GET /tcb/_local/stats). In WeChat
 * each request is one network round trip from the function to the database, so this is the figure that
 * predicts an action's latency there. Two kinds of call:
 * - `real`: a realistic payload on the demo data (sign up for an open activity, redeem a reward, …);
 * - `sample`: a payload built from the action's schema (tests/reliability/probes.ts), whose ids name
 *   nothing — for a write this is its refusal path, the lower bound.
 * The identity lookup (the caller's role, one or two reads) is included, as in WeChat.
 * Needs the built functions (npm run build:functions). Run: npm run bench -- requests
 */
import { contract, FUNCTION_NAMES } from '../../core/contract'
import type { Role } from '../../core/roles'
import { DEMO_OPENIDS } from '../../server/seed/community'
import { signIn, startLocalCloud } from '../../tests/e2e/local-cloud'
import { requestsOf } from '../../tests/reliability/http'
import { validSample } from '../../tests/reliability/probes'
import { runBench, writeBenchReport, type BenchRow } from './report'

type Call = Awaited<ReturnType<typeof signIn>>

const BY_ROLE: Array<[Role, string]> = [
  ['admin', DEMO_OPENIDS.admin],
  ['secretary', DEMO_OPENIDS.secretary],
  ['member', DEMO_OPENIDS.member],
  ['resident', DEMO_OPENIDS.resident],
  ['visitor', 'visitor-requests-bench'],
]

async function main(): Promise<void> {
  const cloud = await startLocalCloud()
  try {
    const callers = new Map<string, Call>()
    const callerOf = async (openid: string) => {
      if (!callers.has(openid)) callers.set(openid, await signIn(cloud.url, openid))
      return callers.get(openid)!
    }
    const measure = async (openid: string, fn: string, action: string, data: unknown) => {
      const call = await callerOf(openid)
      await new Promise((r) => setTimeout(r, 50)) // let timers and earlier calls settle
      const before = await requestsOf(cloud.url)
      const answer = await call(fn, action, data)
      const after = await requestsOf(cloud.url)
      return { requests: after - before, code: answer.body.ok ? 'ok' : String(answer.body.error?.code) }
    }

    const rows: BenchRow[] = []
    // Realistic calls on the demo data for the actions whose cost matters most.
    const admin = await callerOf(DEMO_OPENIDS.admin)
    const start = Date.now() + 2 * 86_400_000
    /** A volunteer activity for everyone in two days, for two hours; its id. */
    const newActivity = async (title: string, capacity: number, credits: { points?: number; serviceMinutes?: number } = {}) => {
      const created = await admin('activities', 'create', {
        fields: {
          kind: 'volunteer',
          title,
          place: '社区党群服务中心',
          startAt: new Date(start).toISOString(),
          endAt: new Date(start + 2 * 3_600_000).toISOString(),
          capacity,
          audience: { kind: 'all' },
          ...credits,
        },
      })
      return (created.body.data as { activity: { id: string } }).activity.id
    }
    const activityId = await newActivity('请求数基准：社区清扫', 30, { points: 10, serviceMinutes: 60 })
    // A one-seat activity for the waitlist's paths: the member takes the seat, the resident waits.
    const fullId = await newActivity('请求数基准：一座活动', 1)
    const reward = await admin('points', 'upsertReward', { name: '请求数基准：毛巾', price: 1, stockChange: 10, monthlyLimit: 10 })
    const rewardId = (reward.body.data as { reward: { id: string } }).reward.id
    await admin('points', 'updateSettings', { adjustThreshold: 10_000 })
    const residentId = ((await (await callerOf(DEMO_OPENIDS.resident))('members', 'me', {})).body.data as { person?: { id: string } })
      .person?.id
    const real: Array<[string, string, string, unknown]> = [
      [DEMO_OPENIDS.resident, 'activities', 'signUp', { activityId, waitlist: false }],
      [DEMO_OPENIDS.resident, 'activities', 'signUp', { activityId, waitlist: false }],
      [DEMO_OPENIDS.resident, 'activities', 'cancel', { activityId }],
      [DEMO_OPENIDS.member, 'activities', 'signUp', { activityId: fullId, waitlist: false }],
      [DEMO_OPENIDS.secretary, 'activities', 'signUp', { activityId: fullId, waitlist: false }],
      [DEMO_OPENIDS.resident, 'activities', 'signUp', { activityId: fullId, waitlist: true }],
      [DEMO_OPENIDS.resident, 'activities', 'signUp', { activityId: fullId, waitlist: true }],
      [DEMO_OPENIDS.resident, 'activities', 'get', { activityId: fullId }],
      [DEMO_OPENIDS.member, 'activities', 'cancel', { activityId: fullId }],
      [DEMO_OPENIDS.admin, 'points', 'adjust', { requestId: 'requests-bench-1', personId: residentId, amount: 5, reason: '基准' }],
      [DEMO_OPENIDS.resident, 'points', 'redeem', { rewardId, quantity: 1, requestId: 'requests-bench-1' }],
      [DEMO_OPENIDS.resident, 'points', 'redeem', { rewardId, quantity: 1, requestId: 'requests-bench-1' }],
      [DEMO_OPENIDS.resident, 'points', 'account', {}],
      [DEMO_OPENIDS.admin, 'points', 'summary', {}],
      [DEMO_OPENIDS.member, 'members', 'me', {}],
    ]
    for (const [openid, fn, action, data] of real) {
      const { requests, code } = await measure(openid, fn, action, data)
      rows.push({ call: 'real', action: `${fn}.${action}`, requests, reply: code })
    }
    // Every action with a schema sample.
    for (const fn of FUNCTION_NAMES) {
      for (const [action, spec] of Object.entries(contract[fn]) as Array<[string, { roles: readonly Role[]; request: never }]>) {
        const data = validSample(spec.request)
        const openid = BY_ROLE.find(([role]) => spec.roles.includes(role))?.[1]
        if (data === undefined || !openid) {
          rows.push({ call: 'sample', action: `${fn}.${action}`, requests: '', reply: 'no sample' })
          continue
        }
        const { requests, code } = await measure(openid, fn, action, data)
        rows.push({ call: 'sample', action: `${fn}.${action}`, requests, reply: code })
      }
    }
    const heaviest = [...rows]
      .filter((row) => typeof row.requests === 'number')
      .sort((a, b) => Number(b.requests) - Number(a.requests))
      .slice(0, 5)
    console.log(`heaviest: ${heaviest.map((row) => `${row.action} (${row.call}) ${row.requests}`).join(', ')}`)
    console.log(writeBenchReport('requests', 'SDK 数据库请求数 / 次调用（每个函数的每个 action）', rows))
  } finally {
    await cloud.stop()
  }
}

runBench(main)
