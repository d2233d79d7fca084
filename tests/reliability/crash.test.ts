import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startLocalCloud, type RunningCloud } from '../e2e/local-cloud'
import { credit, expectBankReconciles, inPool, mySignUpOf, newActivity, newReward, rewardStock, seatsOf, type Caller } from './http'
import { codeOf, dataOf, newResident, P, signIn } from '../support'

jest.setTimeout(240_000)

/**
 * The local cloud is killed with SIGKILL in the middle of a redemption and sign-up burst and started
 * again on the same data directory: every request that was answered `ok` is there, the bank still
 * reconciles, stock and balances agree with the orders, the seat counter equals the confirmed
 * sign-ups, and sending every request again (as clients retry after a timeout) doubles nothing.
 */
const PEOPLE = 6
const REQUESTS_EACH = 12
const PRICE = 5
const START_BALANCE = 40 // enough for 8 of the 12 requests each
const STOCK = 1000
const SIGNERS = 24
const SEATS = 10

const root = mkdtempSync(join(tmpdir(), 'honglin-crash-'))
const dataDir = join(root, 'localdb')
let cloud: RunningCloud | undefined

afterAll(async () => {
  await cloud?.stop()
  rmSync(root, { recursive: true, force: true })
})

interface Person {
  personId: string
  openid: string
  call: Caller
}

type Outcome = { person: number; requestId: string; orderId: string | null; code: string }
type SignUpOutcome = { person: number; status: string | null; code: string }

async function signUpBurst(signers: Person[], activityId: string): Promise<SignUpOutcome[]> {
  return Promise.all(
    signers.map(async (person, p) => {
      try {
        const reply = await person.call.activities.signUp({ activityId, waitlist: true })
        const status = reply.ok ? reply.data.signUp.status : null
        return { person: p, status, code: codeOf(reply) }
      } catch {
        return { person: p, status: null, code: 'NO_REPLY' }
      }
    }),
  )
}

/** Every acknowledged sign-up is there with the status it was answered with; the counter is exact. */
async function expectSeatsKept(admin: Caller, signers: Person[], activityId: string, answeredOk: SignUpOutcome[]): Promise<number> {
  const seats = await seatsOf(admin, activityId)
  for (const outcome of answeredOk) {
    expect((await mySignUpOf(signers[outcome.person].call, activityId))?.status).toBe(outcome.status)
    if (outcome.status === 'confirmed') expect(seats.confirmed).toContain(signers[outcome.person].personId)
  }
  return seats.confirmed.length + seats.waitlisted
}

async function burst(people: Person[], rewardId: string, onOk: () => void): Promise<Outcome[]> {
  const requests = people.flatMap((person, p) =>
    Array.from({ length: REQUESTS_EACH }, (_, i) => ({ p, person, requestId: `crash-${p}-${i}` })),
  )
  return Promise.all(
    requests.map(async ({ p, person, requestId }) => {
      try {
        const reply = await person.call.points.redeem({ rewardId, quantity: 1, requestId })
        if (reply.ok) onOk()
        const orderId = reply.ok ? reply.data.order.id : null
        return { person: p, requestId, orderId, code: codeOf(reply) }
      } catch {
        return { person: p, requestId, orderId: null, code: 'NO_REPLY' }
      }
    }),
  )
}

async function expectConsistent(admin: Caller, people: Person[], rewardId: string, answeredOk: Outcome[]): Promise<number> {
  await expectBankReconciles(admin)
  let orders = 0
  for (const [p, person] of people.entries()) {
    const { items } = dataOf(await person.call.points.myOrders({ limit: 20 }), 'myOrders')
    const mine = items.filter((order) => order.rewardId === rewardId)
    for (const outcome of answeredOk.filter((o) => o.person === p)) expect(mine.map((order) => order.id)).toContain(outcome.orderId)
    const { balance } = dataOf(await person.call.points.account({}), 'account')
    expect(balance).toBe(START_BALANCE - PRICE * mine.length)
    orders += mine.length
  }
  expect(await rewardStock(admin, rewardId)).toBe(STOCK - orders)
  return orders
}

it('keeps every acknowledged redemption and every invariant across a SIGKILL, and retries double nothing', async () => {
  cloud = await startLocalCloud({ dataDir })
  let admin = await signIn(cloud.url, P.admin)
  dataOf(await admin.points.updateSettings({ adjustThreshold: 10_000 }), 'updateSettings')
  const rewardId = await newReward(admin, '断电测试香皂', PRICE, STOCK)
  const people: Person[] = []
  for (let p = 0; p < PEOPLE; p++) {
    const person = await newResident(cloud.url, `crash${p}`)
    await credit(admin, person.personId, START_BALANCE, `crash-credit-${p}`)
    people.push(person)
  }
  const signers = await inPool(SIGNERS, 8, (i) => newResident(cloud!.url, `crashSign${i}`))
  const activityId = await newActivity(admin, '断电测试：10 座活动', SEATS)

  // Kill the host once a handful of redemptions have been answered ok, with the rest in flight.
  let oks = 0
  let killing: Promise<void> | null = null
  const running = cloud
  const [outcomes, signUps] = await Promise.all([
    burst(people, rewardId, () => {
      if (++oks === 10) killing = running.kill()
    }),
    signUpBurst(signers, activityId),
  ])
  await killing
  const answeredOk = outcomes.filter((o) => o.code === 'ok')
  expect(answeredOk.length).toBeGreaterThanOrEqual(10)
  expect(outcomes.some((o) => o.code === 'NO_REPLY')).toBe(true)
  expect(outcomes.filter((o) => !['ok', 'NO_REPLY', 'POINTS.INSUFFICIENT'].includes(o.code))).toEqual([])
  expect(signUps.filter((o) => !['ok', 'NO_REPLY'].includes(o.code))).toEqual([])
  const signedOk = signUps.filter((o) => o.code === 'ok')

  // Same data directory, new process; sign-in sessions survive (the secret lives there too). Stock
  // held by redemptions the kill cut off is given back by 对账 once its hold is older than the TTL:
  // 0 here stands for "the TTL has passed" (nothing of the old process is still running).
  cloud = await startLocalCloud({ dataDir, env: { HONGLIN_STOCK_HOLD_TTL_MS: '0' } })
  admin = await signIn(cloud.url, P.admin)
  const revived = await Promise.all(people.map(async (person) => ({ ...person, call: await signIn(cloud!.url, person.openid) })))
  const afterCrash = await expectConsistent(admin, revived, rewardId, answeredOk)
  expect(afterCrash).toBeGreaterThanOrEqual(answeredOk.length)
  const revivedSigners = await Promise.all(signers.map(async (person) => ({ ...person, call: await signIn(cloud!.url, person.openid) })))
  expect(await expectSeatsKept(admin, revivedSigners, activityId, signedOk)).toBeGreaterThanOrEqual(signedOk.length)

  // Every client retries every request: acknowledged ones answer the same order, the rest go through
  // until the money runs out; nobody ends with more than their balance allowed.
  const [retried, signedAgain] = await Promise.all([burst(revived, rewardId, () => undefined), signUpBurst(revivedSigners, activityId)])
  expect(signedAgain.map((o) => o.code)).toEqual(Array(SIGNERS).fill('ok'))
  for (const outcome of signedOk) expect(signedAgain[outcome.person].status).toBe(outcome.status)
  expect(await expectSeatsKept(admin, revivedSigners, activityId, signedAgain)).toBe(SIGNERS)
  expect((await seatsOf(admin, activityId)).counter).toBe(SEATS)
  expect(retried.filter((o) => !['ok', 'POINTS.INSUFFICIENT'].includes(o.code))).toEqual([])
  for (const outcome of answeredOk) expect(retried.find((r) => r.requestId === outcome.requestId)?.orderId).toBe(outcome.orderId)
  const total = await expectConsistent(
    admin,
    revived,
    rewardId,
    retried.filter((r) => r.code === 'ok'),
  )
  expect(total).toBe(PEOPLE * (START_BALANCE / PRICE))
})
