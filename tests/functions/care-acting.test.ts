/**
 * A helper acts for their paired elder — an elderly resident (一对一帮扶) or a 结对 member — in
 * activities (sign up, cancel) and 民生诉求 (report): the elder is the one signed up / reporting, the
 * helper is recorded as having done it, a double tap does it once, and nobody else may.
 */
import type { ActivitySignUpDoc } from '../../core/activities/model'
import type { TicketDoc } from '../../core/community/model'
import { buildDemoCommunity } from '../../server/seed/community'
import { callAs, codeOf, dataOf, P } from '../support'
import { makeActivity } from './activities-fixtures'
import { countOf, docOf, useCommunityDb } from './helpers'
import { rid } from './points-fixtures'

jest.setTimeout(180_000)
const db = useCommunityDb('care-acting')

/** An elderly resident of 琼林苑3栋 (the demo secretary's branch), not the demo resident. */
const elderly = buildDemoCommunity().residents.find((r) => r.building === '琼林苑3栋' && r._id !== P.resident.id)!
/** A member of the branch who is nobody's helper. */
const notPaired = { openid: 'wx-m-0007' }

beforeAll(async () => {
  dataOf(await callAs(P.secretary).care.setResidentHelper({ residentId: elderly._id, helperMemberId: P.member.id }))
})

test('the helper signs their paired resident up for an activity (once for a double tap) and cancels it', async () => {
  const activity = await makeActivity({ title: '重阳节敬老茶话会' })
  const activityId = activity.id
  // Someone not paired is refused and nothing is written.
  expect(codeOf(await callAs(notPaired).activities.signUp({ activityId, forPersonId: elderly._id }))).toBe('ACTIVITY.NOT_YOUR_ELDER')
  expect(codeOf(await callAs(P.resident).activities.signUp({ activityId, forPersonId: elderly._id }))).toBe('ACTIVITY.NOT_YOUR_ELDER')
  expect(await countOf(db, 'activitySignUps', { activityId })).toBe(0)

  // The helper's detail lists the resident beside the 结对 elder.
  const before = dataOf(await callAs(P.member).activities.get({ activityId })).activity
  expect(before.elders.map((e) => e.memberId)).toEqual(expect.arrayContaining([P.elder.id, elderly._id]))

  const taps = await Promise.all([
    callAs(P.member).activities.signUp({ activityId, forPersonId: elderly._id }),
    callAs(P.member).activities.signUp({ activityId, forPersonId: elderly._id }),
  ])
  const answers = taps.map((t) => dataOf(t))
  expect(answers.filter((a) => !a.duplicate)).toHaveLength(1)
  expect(answers[0].signUp).toMatchObject({
    personId: elderly._id,
    personName: elderly.name,
    status: 'confirmed',
    actedByName: P.member.name,
  })
  expect(await countOf(db, 'activitySignUps', { activityId })).toBe(1)
  const stored = await docOf<ActivitySignUpDoc>(db, 'activitySignUps', `${activityId}:${elderly._id}`)
  expect(stored).toMatchObject({ personKind: 'resident', actedById: P.member.id })
  expect((await docOf<{ confirmedCount: number }>(db, 'activities', activityId))!.confirmedCount).toBe(1)
  const after = dataOf(await callAs(P.member).activities.get({ activityId })).activity
  expect(after.elders.find((e) => e.memberId === elderly._id)).toMatchObject({ status: 'confirmed', eligible: true })
  // The helper's own sign-up is untouched (they did not sign themselves up).
  expect(after.mySignUp).toBeNull()

  // Someone else cannot cancel it; the helper can.
  expect(codeOf(await callAs(notPaired).activities.cancel({ activityId, forPersonId: elderly._id }))).toBe('ACTIVITY.NOT_YOUR_ELDER')
  const cancelled = dataOf(await callAs(P.member).activities.cancel({ activityId, forPersonId: elderly._id }))
  expect(cancelled.signUp.personId).toBe(elderly._id)
  expect(await docOf<ActivitySignUpDoc>(db, 'activitySignUps', `${activityId}:${elderly._id}`)).toMatchObject({ status: 'cancelled' })
  expect((await docOf<{ confirmedCount: number }>(db, 'activities', activityId))!.confirmedCount).toBe(0)

  // The 结对 member elder through the same field.
  const member = dataOf(await callAs(P.member).activities.signUp({ activityId, forPersonId: P.elder.id }))
  expect(member.signUp).toMatchObject({ personId: P.elder.id, actedByName: P.member.name })
})

test('the helper reports a problem for their paired resident: the resident reports, the helper is recorded, once', async () => {
  const requestId = rid('for-report')
  const report = (who: { openid: string }, overrides: Record<string, unknown> = {}) =>
    callAs(who).community.reportTicket({
      requestId,
      category: 'lighting',
      building: '琼林苑3栋',
      text: '楼道灯坏了，老人晚上下楼看不见',
      forPersonId: elderly._id,
      ...overrides,
    })
  expect(codeOf(await report(notPaired))).toBe('PAIRING.NOT_YOUR_ELDER')
  expect(codeOf(await report(P.member, { kind: 'patrol', category: 'safety' }))).toBe('COMMON.VALIDATION')
  expect(await countOf(db, 'tickets', { reporterId: elderly._id })).toBe(0)

  const [first, second] = await Promise.all([report(P.member), report(P.member)])
  const created = [dataOf(first), dataOf(second)]
  expect(created.filter((c) => c.created)).toHaveLength(1)
  expect(await countOf(db, 'tickets', { reporterId: elderly._id })).toBe(1)
  const ticket = created[0].ticket
  expect(ticket).toMatchObject({ reporterName: elderly.name, mine: true })
  expect(ticket.timeline[0].text).toBe(`${P.member.name}代${elderly.name}提交诉求`)
  const stored = await docOf<TicketDoc>(db, 'tickets', ticket.id)
  expect(stored).toMatchObject({ reporterId: elderly._id, byHelperId: P.member.id, byHelperName: P.member.name })
  // The helper follows it up; someone else sees it only masked, if at all.
  expect(dataOf(await callAs(P.member).community.ticket({ ticketId: ticket.id })).ticket.mine).toBe(true)
  expect(codeOf(await callAs(notPaired).community.ticket({ ticketId: ticket.id }))).toBe('COMMON.NOT_FOUND')
})
