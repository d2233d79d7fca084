import { inPool, mySignUpOf, newActivity, seatsOf, useReliabilityCloud } from './http'
import { codeOf, dataOf, newResident } from '../support'

jest.setTimeout(600_000)

/**
 * The waitlist is the activity's waitlisted sign-ups: joining it never writes the activity, so a
 * waitlist insert can cross a cancellation that found nobody waiting. Here the in-process lanes are off
 * (as between WeChat's many instances): every cancellation, promotion and waitlist join races every
 * other one, and afterwards no seat is free while someone waits, the seats went to those who were
 * waiting first, and the counter equals the confirmed sign-ups.
 */
const cloud = useReliabilityCloud('admin', { label: 'waitlist race (lanes off)', env: { HONGLIN_TX_LANES: 'off' } })

it('cancellations racing waitlist joins, lanes off: the first waiting get the seats, none is left free', async () => {
  const people = await inPool(36, 8, (i) => newResident(cloud.url, `wrace${i}`))
  const [holders, waiting, newcomers] = [people.slice(0, 8), people.slice(8, 14), people.slice(14)]
  const activityId = await newActivity(cloud.admin, '可靠性测试：候补与取消交错', 8)
  for (const person of [...holders, ...waiting]) dataOf(await person.call.activities.signUp({ activityId, waitlist: true }), 'signUp')

  const replies = await Promise.all([
    ...holders.map((person) => person.call.activities.cancel({ activityId })),
    ...newcomers.map((person) => person.call.activities.signUp({ activityId, waitlist: true })),
  ])
  expect(replies.map(codeOf)).toEqual(Array(replies.length).fill('ok'))

  // 8 seats freed: the 6 who were waiting before all got one, 2 newcomers the rest.
  const seats = await seatsOf(cloud.admin, activityId)
  expect(seats.counter).toBe(8)
  for (const person of waiting) expect(seats.confirmed).toContain(person.personId)
  expect(seats.waitlisted).toBe(newcomers.length - 2)
  const places = await Promise.all(newcomers.map(async (person) => (await mySignUpOf(person.call, activityId))?.waitlistPosition ?? null))
  expect(places.filter((place) => place !== null).sort((a, b) => a! - b!)).toEqual(
    Array.from({ length: newcomers.length - 2 }, (_, i) => i + 1),
  )
})
