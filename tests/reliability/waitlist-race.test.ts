import { startLocalCloud, type RunningCloud } from '../e2e/local-cloud'
import { conflictsOf, inPool, mySignUpOf, newActivity, seatsOf, type Caller } from './http'
import { codeOf, dataOf, newResident, P, signIn } from '../support'

jest.setTimeout(600_000)

/**
 * The waitlist is the activity's waitlisted sign-ups: joining it never writes the activity, so a
 * waitlist insert can cross a cancellation that found nobody waiting. Here the in-process lanes are off
 * (as between WeChat's many instances): every cancellation, promotion and waitlist join races every
 * other one, and afterwards no seat is free while someone waits, the seats went to those who were
 * waiting first, and the counter equals the confirmed sign-ups.
 */
let cloud: RunningCloud
let admin: Caller

beforeAll(async () => {
  cloud = await startLocalCloud({ env: { HONGLIN_TX_LANES: 'off' } })
  admin = await signIn(cloud.url, P.admin)
})
afterAll(async () => {
  if (cloud) console.log(`waitlist race (lanes off): ${await conflictsOf(cloud.url)} write conflicts answered by the database, all retried`)
  await cloud?.stop()
})

it('cancellations racing waitlist joins, lanes off: the first waiting get the seats, none is left free', async () => {
  const people = await inPool(36, 8, (i) => newResident(cloud.url, `wrace${i}`))
  const [holders, waiting, newcomers] = [people.slice(0, 8), people.slice(8, 14), people.slice(14)]
  const activityId = await newActivity(admin, '可靠性测试：候补与取消交错', 8)
  for (const person of [...holders, ...waiting]) dataOf(await person.call.activities.signUp({ activityId, waitlist: true }), 'signUp')

  const replies = await Promise.all([
    ...holders.map((person) => person.call.activities.cancel({ activityId })),
    ...newcomers.map((person) => person.call.activities.signUp({ activityId, waitlist: true })),
  ])
  expect(replies.map(codeOf)).toEqual(Array(replies.length).fill('ok'))

  // 8 seats freed: the 6 who were waiting before all got one, 2 newcomers the rest.
  const seats = await seatsOf(admin, activityId)
  expect(seats.counter).toBe(8)
  for (const person of waiting) expect(seats.confirmed).toContain(person.personId)
  expect(seats.waitlisted).toBe(newcomers.length - 2)
  const places = await Promise.all(newcomers.map(async (person) => (await mySignUpOf(person.call, activityId))?.waitlistPosition ?? null))
  expect(places.filter((place) => place !== null).sort((a, b) => a! - b!)).toEqual(
    Array.from({ length: newcomers.length - 2 }, (_, i) => i + 1),
  )
})
