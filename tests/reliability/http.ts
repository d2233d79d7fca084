import { startLocalCloud, type RunningCloud } from '../e2e/local-cloud'
import { dataOf, P, signIn, type DemoName, type HttpCaller } from '../support'
import { fields } from '../support/activity-fields'

export type Caller = HttpCaller

/** The local cloud of one test file: its address, and the demo person it signed in under their name. */
export type ReliabilityCloud<K extends DemoName> = { readonly url: string } & { readonly [name in K]: Caller }

/**
 * The real local cloud (the process `npm start` runs, with `env` added) for one test file: started and
 * `who` signed in before its tests, stopped after them. With a `label`, it first prints how many write
 * conflicts the database answered, all retried: what a burst that passes does not show.
 */
export function useReliabilityCloud<K extends DemoName>(
  who: K,
  options: { label?: string; env?: Record<string, string> } = {},
): ReliabilityCloud<K> {
  let cloud: RunningCloud | undefined
  let caller: Caller | undefined
  beforeAll(async () => {
    cloud = await startLocalCloud({ env: options.env })
    caller = await signIn(cloud.url, P[who])
  })
  afterAll(async () => {
    if (cloud && options.label)
      console.log(`${options.label}: ${await conflictsOf(cloud.url)} write conflicts answered by the database, all retried`)
    await cloud?.stop()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the local cloud is used before beforeAll has started it')
    return value
  }
  return Object.defineProperties(
    {},
    {
      url: { get: () => started(cloud).url },
      [who]: { get: () => started(caller) },
    },
  ) as ReliabilityCloud<K>
}

/** The points bank's own proof: every balance equals its entries and all balances sum to zero. */
export async function expectBankReconciles(admin: Caller): Promise<void> {
  const report = dataOf(await admin.points.reconcile({}), 'reconcile')
  expect(report).toMatchObject({ ok: true, totalBalance: 0, differences: [] })
}

/** A reward with its own price and stock, created by the admin for one test. */
export async function newReward(admin: Caller, name: string, price: number, stock: number): Promise<string> {
  const { reward } = dataOf(await admin.points.upsertReward({ name, price, stockChange: stock, monthlyLimit: 100 }), 'upsertReward')
  return reward.id
}

/** Gives a person exactly `amount` points by an admin adjustment (below the approval threshold). */
export async function credit(admin: Caller, personId: string, amount: number, requestId: string): Promise<void> {
  const { adjustment } = dataOf(await admin.points.adjust({ requestId, personId, amount, reason: '可靠性测试' }), 'adjust')
  if (adjustment.status !== 'applied') throw new Error(`adjustment ${requestId} is ${adjustment.status}, not applied`)
}

export async function rewardStock(call: Caller, rewardId: string): Promise<number> {
  const { items } = dataOf(await call.points.rewards({ includeInactive: true }), 'rewards')
  const reward = items.find((item) => item.id === rewardId)
  if (!reward) throw new Error(`reward ${rewardId} not listed`)
  return reward.stock
}

/** Runs `task` for 0..n-1 with at most `width` running at once; results in index order. */
export async function inPool<T>(n: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(n)
  let next = 0
  const worker = async () => {
    while (next < n) {
      const i = next++
      results[i] = await task(i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, n) }, worker))
  return results
}

/** An activity open for sign-up now, starting in two days, for everyone; returns its id. */
export async function newActivity(admin: Caller, title: string, capacity: number | null): Promise<string> {
  const { activity } = dataOf(
    await admin.activities.create({ fields: fields({ title, place: '社区党群服务中心会议室', capacity }) }),
    'create activity',
  )
  return activity.id
}

export interface SeatCount {
  counter: number
  confirmed: string[]
  waitlisted: number
}

/**
 * The activity's seat counter and waitlist length (as everyone sees them) and its confirmed sign-ups
 * (as the organiser's list shows them); the invariants: the counter equals the confirmed sign-ups and never
 * exceeds the capacity, and nobody waits while a seat is free.
 */
export async function seatsOf(admin: Caller, activityId: string): Promise<SeatCount> {
  const { activity } = dataOf(await admin.activities.get({ activityId }), 'get activity')
  const { rows } = dataOf(await admin.activities.attendance({ activityId }), 'attendance')
  const count: SeatCount = {
    counter: activity.confirmedCount,
    confirmed: rows.filter((row) => row.status === 'confirmed').map((row) => row.personId),
    waitlisted: activity.waitlistCount,
  }
  expect(count.counter).toBe(count.confirmed.length)
  if (activity.capacity !== null) expect(count.counter).toBeLessThanOrEqual(activity.capacity)
  // Nobody waits while a seat is free.
  if (count.waitlisted > 0) expect(count.counter).toBe(activity.capacity)
  return count
}

/** The caller's own sign-up as the activity page shows it to them (status and waitlist place). */
export async function mySignUpOf(call: Caller, activityId: string): Promise<{ status: string; waitlistPosition: number | null } | null> {
  const { activity } = dataOf(await call.activities.get({ activityId }), 'get activity')
  return activity.mySignUp
}

/** Whether this run is the full reliability setting (CI) or the lighter one (`npm test` locally). */
export const FULL_RELIABILITY = process.env.HONGLIN_RELIABILITY === 'full'

/** Write conflicts the local cloud's database has answered so far (GET /tcb/_local/stats). */
async function statsOf(url: string): Promise<{ conflicts: number; requests: number }> {
  return (await (await fetch(`${url}/tcb/_local/stats`)).json()) as { conflicts: number; requests: number }
}

/** Write conflicts the local database has answered so far. */
export async function conflictsOf(url: string): Promise<number> {
  return (await statsOf(url)).conflicts
}

/** SDK database requests the local database has served so far. */
export async function requestsOf(url: string): Promise<number> {
  return (await statsOf(url)).requests
}
