/**
 * Seats under real parallel calls: never oversold, the counter always equals the confirmed sign-ups,
 * ten taps make one sign-up, a cancellation promotes the first waitlisted person (who is told).
 */
import { callAs, codeOf, dataOf, P } from '../support'
import { countOf, useCommunityDb } from './helpers'
import { addResidents, makeActivity, signUpsOf, stored, waitlistOf } from './activities-fixtures'

jest.setTimeout(300_000)
const db = useCommunityDb('activities-seats')
let people: Array<{ openid: string; id: string }>

beforeAll(async () => {
  people = await addResidents(db, 500, 'burst')
})

const signUp = (openid: string, activityId: string, extra: object = {}) => callAs(openid).activities.signUp({ activityId, ...extra })

async function invariant(activityId: string, capacity: number): Promise<number> {
  const doc = await stored(db, activityId)
  const confirmed = await signUpsOf(db, activityId, 'confirmed')
  expect(doc.confirmedCount).toBe(confirmed)
  expect(confirmed).toBeLessThanOrEqual(capacity)
  // Never a free seat while someone waits.
  if (await signUpsOf(db, activityId, 'waitlisted')) expect(confirmed).toBe(capacity)
  return confirmed
}

test('500 people signing up at once for 20 seats: exactly 20 confirmed, the rest waitlisted or full, no INTERNAL', async () => {
  const activity = await makeActivity({ capacity: 20 })
  const replies = await Promise.all(people.map((p, i) => signUp(p.openid, activity.id, { waitlist: i % 2 === 0 })))
  const codes = replies.map((r) => (r.ok ? r.data.signUp.status : r.error.code))
  const count = (what: string) => codes.filter((c) => c === what).length
  expect(count('COMMON.INTERNAL')).toBe(0)
  expect(count('confirmed')).toBe(20)
  expect(count('confirmed') + count('waitlisted') + count('ACTIVITY.FULL')).toBe(500)
  expect(count('waitlisted')).toBeGreaterThan(0)
  expect(await invariant(activity.id, 20)).toBe(20)
  // Each reply's place counts who was waiting when it was answered; once the burst is over the
  // places everyone sees are 1..n, in order of signing up.
  const waiting = people.filter(
    (_, i) => replies[i].ok && (replies[i] as { data: { signUp: { status: string } } }).data.signUp.status === 'waitlisted',
  )
  for (const r of replies)
    if (r.ok && r.data.signUp.status === 'waitlisted') expect(r.data.signUp.waitlistPosition).toBeLessThanOrEqual(waiting.length)
  const seen = await Promise.all(
    waiting.map(async (p) => dataOf(await callAs(p.openid).activities.get({ activityId: activity.id })).activity.mySignUp!),
  )
  const byPlace = [...seen].sort((a, b) => a.waitlistPosition! - b.waitlistPosition!)
  expect(byPlace.map((s) => s.waitlistPosition)).toEqual(seen.map((_, i) => i + 1))
  expect(byPlace.map((s) => s.personId)).toEqual(await waitlistOf(db, activity.id))
})

test('one person tapping ten times in parallel gets one sign-up', async () => {
  const activity = await makeActivity({ capacity: 5 })
  const replies = await Promise.all(Array.from({ length: 10 }, () => signUp(P.resident.openid, activity.id)))
  const results = replies.map(dataOf)
  expect(results.filter((r) => !r.duplicate)).toHaveLength(1)
  expect(new Set(results.map((r) => r.signUp.id)).size).toBe(1)
  expect(await countOf(db, 'activitySignUps', { activityId: activity.id })).toBe(1)
  expect((await stored(db, activity.id)).confirmedCount).toBe(1)
})

test('a cancellation promotes the first waitlisted person and queues a message for them', async () => {
  const activity = await makeActivity({ capacity: 2, title: '微心愿认领' })
  const [a, b, c, d] = people
  for (const p of [a, b]) expect(dataOf(await signUp(p.openid, activity.id)).signUp.status).toBe('confirmed')
  expect(codeOf(await signUp(c.openid, activity.id))).toBe('ACTIVITY.FULL')
  expect(dataOf(await signUp(c.openid, activity.id, { waitlist: true })).signUp).toMatchObject({
    status: 'waitlisted',
    waitlistPosition: 1,
  })
  expect(dataOf(await signUp(d.openid, activity.id, { waitlist: true })).signUp).toMatchObject({
    status: 'waitlisted',
    waitlistPosition: 2,
  })

  const cancelled = dataOf(await callAs(a.openid).activities.cancel({ activityId: activity.id }))
  expect(cancelled.signUp.status).toBe('cancelled')
  expect(cancelled.promotedName).toBe('居*2') // 居民2, masked
  const promoted = dataOf(await callAs(c.openid).activities.get({ activityId: activity.id }))
  expect(promoted.activity.mySignUp?.status).toBe('confirmed')
  expect(await countOf(db, 'activityOutbox', { activityId: activity.id, type: 'promoted', personId: c.id })).toBe(1)
  expect(await waitlistOf(db, activity.id)).toEqual([d.id])
  expect(await invariant(activity.id, 2)).toBe(2)
  // Cancelling twice: not signed up any more, nothing changes.
  expect(codeOf(await callAs(a.openid).activities.cancel({ activityId: activity.id }))).toBe('ACTIVITY.NOT_SIGNED_UP')
  expect(await invariant(activity.id, 2)).toBe(2)
})

test('on a full activity, taps with the waitlist again, a place given up and asked for again, and a tap after sign-up closed', async () => {
  const activity = await makeActivity({ capacity: 1 })
  const [holder, first, second] = people.slice(200, 203)
  expect(dataOf(await signUp(holder.openid, activity.id, { waitlist: true })).signUp.status).toBe('confirmed')
  // Refused without the waitlist (from the full hint right after the seat went); the holder's own tap is their seat.
  expect(codeOf(await signUp(first.openid, activity.id))).toBe('ACTIVITY.FULL')
  expect(dataOf(await signUp(holder.openid, activity.id))).toMatchObject({ duplicate: true, signUp: { status: 'confirmed' } })
  expect(dataOf(await signUp(holder.openid, activity.id, { waitlist: true }))).toMatchObject({
    duplicate: true,
    signUp: { status: 'confirmed' },
  })

  const joined = dataOf(await signUp(first.openid, activity.id, { waitlist: true }))
  expect(joined).toMatchObject({ duplicate: false, signUp: { status: 'waitlisted', waitlistPosition: 1 } })
  expect(dataOf(await signUp(second.openid, activity.id, { waitlist: true })).signUp.waitlistPosition).toBe(2)
  // Tapping again while waiting: the same place, nothing written.
  expect(dataOf(await signUp(first.openid, activity.id, { waitlist: true }))).toMatchObject({
    duplicate: true,
    signUp: { id: joined.signUp.id, status: 'waitlisted', waitlistPosition: 1 },
  })
  // Giving the place up and asking again: the same sign-up, now behind the second person.
  expect(dataOf(await callAs(first.openid).activities.cancel({ activityId: activity.id })).signUp.status).toBe('cancelled')
  expect(dataOf(await signUp(first.openid, activity.id, { waitlist: true }))).toMatchObject({
    duplicate: false,
    signUp: { id: joined.signUp.id, status: 'waitlisted', waitlistPosition: 2 },
  })
  expect(await waitlistOf(db, activity.id)).toEqual([second.id, first.id])
  expect(await countOf(db, 'activitySignUps', { activityId: activity.id })).toBe(3)

  // Once sign-up has closed a tap still shows one's own sign-up; a newcomer is refused.
  await db
    .collection('activities')
    .doc(activity.id)
    .update({ data: { signUpClosesAt: new Date(Date.now() - 60_000) } })
  expect(dataOf(await signUp(second.openid, activity.id, { waitlist: true }))).toMatchObject({
    duplicate: true,
    signUp: { status: 'waitlisted', waitlistPosition: 1 },
  })
  expect(codeOf(await signUp(people[203].openid, activity.id, { waitlist: true }))).toBe('ACTIVITY.CLOSED')
  expect(await countOf(db, 'activitySignUps', { activityId: activity.id })).toBe(3)
  expect(await invariant(activity.id, 1)).toBe(1)
})

test('parallel cancellations and sign-ups on a full activity keep the counter equal to the confirmed sign-ups', async () => {
  const activity = await makeActivity({ capacity: 10 })
  const holders = people.slice(100, 110)
  const waiting = people.slice(110, 120)
  const newcomers = people.slice(120, 160)
  for (const p of holders) dataOf(await signUp(p.openid, activity.id))
  for (const p of waiting) expect(dataOf(await signUp(p.openid, activity.id, { waitlist: true })).signUp.status).toBe('waitlisted')
  const replies = await Promise.all([
    ...holders.slice(0, 6).map((p) => callAs(p.openid).activities.cancel({ activityId: activity.id })),
    ...newcomers.map((p) => signUp(p.openid, activity.id, { waitlist: true })),
    ...waiting.slice(0, 3).map((p) => callAs(p.openid).activities.cancel({ activityId: activity.id })),
  ])
  expect(replies.filter((r) => !r.ok && r.error.code === 'COMMON.INTERNAL')).toHaveLength(0)
  expect(replies.every((r) => r.ok)).toBe(true)
  expect(await invariant(activity.id, 10)).toBe(10)
  // The seats freed went to the waitlist in order, never to a newcomer ahead of it.
  const confirmedNewcomers = await countOf(db, 'activitySignUps', {
    activityId: activity.id,
    status: 'confirmed',
    personId: db.command.in(newcomers.map((p) => p.id)),
  })
  expect(confirmedNewcomers).toBe(0)
})
