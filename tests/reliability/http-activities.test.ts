import { FULL_RELIABILITY, inPool, mySignUpOf, newActivity, seatsOf, useReliabilityCloud, type Caller } from './http'
import { expectSeatBurstHolds } from './seat-burst'
import { codeOf, dataOf, newResident } from '../support'

jest.setTimeout(600_000)

/**
 * Activity seats through the local HTTP API of the real local cloud, with truly parallel requests:
 * a burst of simultaneous sign-ups never oversells, a person tapping ten times signs up once, and
 * cancellations racing sign-ups on a full activity promote the waitlist in order. After each burst
 * the seat counter equals the confirmed sign-ups. `npm test` runs a lighter burst (100 people); CI
 * (HONGLIN_RELIABILITY=full) runs the 500.
 */
const BURST = FULL_RELIABILITY ? 500 : 100
const SEATS = 20

const cloud = useReliabilityCloud('admin', { label: 'activities reliability' })

/** The caller's place in the waitlist, as the activity page shows it to them. */
async function placeOf(call: Caller, activityId: string): Promise<number | null> {
  return (await mySignUpOf(call, activityId))?.waitlistPosition ?? null
}

it(`gives ${BURST} simultaneous sign-ups for ${SEATS} seats exactly ${SEATS} confirmed, the rest waitlisted or told it is full`, async () => {
  await expectSeatBurstHolds(cloud.url, cloud.admin, BURST, SEATS)
})

it('turns one person tapping 报名 ten times at once into one sign-up', async () => {
  const person = await newResident(cloud.url, 'tapper')
  const activityId = await newActivity(cloud.admin, '可靠性测试：连点十次', 5)
  const replies = await Promise.all(Array.from({ length: 10 }, () => person.call.activities.signUp({ activityId })))
  expect(replies.map(codeOf)).toEqual(Array(10).fill('ok'))
  expect(new Set(replies.map((reply) => dataOf(reply, 'signUp').signUp.id)).size).toBe(1)
  const seats = await seatsOf(cloud.admin, activityId)
  expect(seats).toMatchObject({ counter: 1, confirmed: [person.personId] })
})

it('keeps the counter exact and promotes the waitlist in order when cancellations race new sign-ups on a full activity', async () => {
  const people = await inPool(13, 8, (i) => newResident(cloud.url, `race${i}`))
  const [confirmed, waiting, newcomers] = [people.slice(0, 5), people.slice(5, 10), people.slice(10)]
  const activityId = await newActivity(cloud.admin, '可靠性测试：取消与报名同时发生', 5)
  for (const person of [...confirmed, ...waiting]) dataOf(await person.call.activities.signUp({ activityId, waitlist: true }), 'signUp')
  expect(await Promise.all(waiting.map((person) => placeOf(person.call, activityId)))).toEqual([1, 2, 3, 4, 5])

  const replies = await Promise.all([
    ...confirmed.slice(0, 3).map((person) => person.call.activities.cancel({ activityId })),
    ...newcomers.map((person) => person.call.activities.signUp({ activityId, waitlist: true })),
  ])
  expect(replies.map(codeOf)).toEqual(Array(6).fill('ok'))

  // A freed seat goes to the first waiting person in the same transaction as the cancellation, so
  // the newcomers (who found it full) queue behind everyone who was already waiting.
  const seats = await seatsOf(cloud.admin, activityId)
  expect(seats.counter).toBe(5)
  expect(new Set(seats.confirmed)).toEqual(new Set([...confirmed.slice(3), ...waiting.slice(0, 3)].map((person) => person.personId)))
  expect(seats.waitlisted).toBe(5)
  expect(await Promise.all(waiting.slice(3).map((person) => placeOf(person.call, activityId)))).toEqual([1, 2])
  expect((await Promise.all(newcomers.map((person) => placeOf(person.call, activityId)))).sort()).toEqual([3, 4, 5])
})
