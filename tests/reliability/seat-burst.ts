import { codeOf, dataOf, newResident } from '../support'
import { inPool, newActivity, seatsOf, type Caller } from './http'

/**
 * `people` residents sign up at once for an activity of `seats` seats, every other one asking for the
 * waitlist when it is full: exactly `seats` confirmed, the rest waitlisted or told ACTIVITY.FULL, no
 * other answer (no COMMON.INTERNAL, no COMMON.BUSY), and the seat counter equals the confirmed sign-ups.
 */
export async function expectSeatBurstHolds(url: string, admin: Caller, people: number, seats: number): Promise<void> {
  const residents = await inPool(people, 16, (i) => newResident(url, `burst${i}`))
  const activityId = await newActivity(admin, `可靠性测试：${seats} 座会议室`, seats)
  const replies = await Promise.all(residents.map((person, i) => person.call.activities.signUp({ activityId, waitlist: i % 2 === 0 })))

  const codes = replies.map(codeOf)
  expect(codes.filter((code) => code !== 'ok' && code !== 'ACTIVITY.FULL')).toEqual([])
  const statuses = replies.filter((reply) => reply.ok).map((reply) => dataOf(reply, 'signUp').signUp.status)
  expect(statuses.filter((status) => status === 'confirmed')).toHaveLength(seats)
  const wantedWaitlist = residents.filter((_, i) => i % 2 === 0).length
  const confirmedWhoWantedWaitlist = replies.filter(
    (reply, i) => i % 2 === 0 && reply.ok && dataOf(reply, 'signUp').signUp.status === 'confirmed',
  ).length
  expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(wantedWaitlist - confirmedWhoWantedWaitlist)
  expect(codes.filter((code) => code === 'ACTIVITY.FULL')).toHaveLength(people - seats - (wantedWaitlist - confirmedWhoWantedWaitlist))

  const count = await seatsOf(admin, activityId)
  expect(count.counter).toBe(seats)
  expect(count.waitlisted).toBe(wantedWaitlist - confirmedWhoWantedWaitlist)
}
