import { signIn } from '../e2e/local-cloud'

export type Caller = Awaited<ReturnType<typeof signIn>>
export type HttpReply = Awaited<ReturnType<Caller>>

/** The data of an ok reply, or a thrown error naming the call. */
export function dataOf<T>(reply: HttpReply, what: string): T {
  if (!reply.body.ok) throw new Error(`${what}: ${reply.status} ${reply.body.error?.code} ${reply.body.error?.message}`)
  return reply.body.data as T
}

export function codeOf(reply: HttpReply): string {
  return reply.body.ok ? 'ok' : String(reply.body.error?.code)
}

let registered = 0

/** A new WeChat visitor who registers as a resident over HTTP; returns the caller and their person id. */
export async function newResident(url: string, label: string): Promise<{ call: Caller; personId: string; openid: string }> {
  registered++
  const openid = `reliability-${label}-${process.pid}-${registered}`
  const call = await signIn(url, openid)
  const phone = `139${String(10_000_000 + ((process.pid * 1000 + registered) % 90_000_000)).slice(-8)}`
  const { residentId } = dataOf<{ residentId: string }>(
    await call('members', 'register', { name: `测试居民${registered}`, phone, building: '琼林苑1栋', unit: '1单元' }),
    'register',
  )
  return { call, personId: residentId, openid }
}

/** The points bank's own proof: every balance equals its entries and all balances sum to zero. */
export async function expectBankReconciles(admin: Caller): Promise<void> {
  const report = dataOf<{ ok: boolean; totalBalance: number; differences: unknown[] }>(await admin('points', 'reconcile', {}), 'reconcile')
  expect(report).toMatchObject({ ok: true, totalBalance: 0, differences: [] })
}

/** A reward with its own price and stock, created by the admin for one test. */
export async function newReward(admin: Caller, name: string, price: number, stock: number): Promise<string> {
  const { reward } = dataOf<{ reward: { id: string } }>(
    await admin('points', 'upsertReward', { name, price, stockChange: stock, monthlyLimit: 100 }),
    'upsertReward',
  )
  return reward.id
}

/** Gives a person exactly `amount` points by an admin adjustment (below the approval threshold). */
export async function credit(admin: Caller, personId: string, amount: number, requestId: string): Promise<void> {
  const { adjustment } = dataOf<{ adjustment: { status: string } }>(
    await admin('points', 'adjust', { requestId, personId, amount, reason: '可靠性测试' }),
    'adjust',
  )
  if (adjustment.status !== 'applied') throw new Error(`adjustment ${requestId} is ${adjustment.status}, not applied`)
}

export async function rewardStock(call: Caller, rewardId: string): Promise<number> {
  const { items } = dataOf<{ items: Array<{ id: string; stock: number }> }>(await call('points', 'rewards', { includeInactive: true }), 'rewards')
  const reward = items.find((item) => item.id === rewardId)
  if (!reward) throw new Error(`reward ${rewardId} not listed`)
  return reward.stock
}
