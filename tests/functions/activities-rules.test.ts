/**
 * Refusals change nothing (window, started, cancelled, audience), a helper acts only for their paired
 * elder, managers stay in their subtree, edits and cancellations tell the people signed up.
 */
import { main as activities } from '../../cloudfunctions/activities'
import { runAs } from '../../cloudfunctions/_core/local-context'
import { callAs, codeOf, dataOf, P } from '../support'
import { countOf, useCommunityDb } from './helpers'
import { fields, inHours, makeActivity, setTimes, stored, waitlistOf } from './activities-fixtures'
import type { ActivityFieldsInput } from './activities-fixtures'

jest.setTimeout(120_000)
const db = useCommunityDb('activities-rules')

const signUp = (openid: string, activityId: string, extra: object = {}) => callAs(openid).activities.signUp({ activityId, ...extra })

async function nothingChanged(activityId: string): Promise<void> {
  expect(await countOf(db, 'activitySignUps', { activityId })).toBe(0)
  expect((await stored(db, activityId)).confirmedCount).toBe(0)
}

test('sign-up outside the window, after the start or for a cancelled activity is refused and changes nothing', async () => {
  const notYet = await makeActivity({ signUpOpensAt: inHours(24) })
  expect(codeOf(await signUp(P.resident.openid, notYet.id))).toBe('ACTIVITY.CLOSED')
  await nothingChanged(notYet.id)

  const closed = await makeActivity({ signUpOpensAt: inHours(-48), signUpClosesAt: inHours(-1) })
  expect(codeOf(await signUp(P.resident.openid, closed.id))).toBe('ACTIVITY.CLOSED')
  await nothingChanged(closed.id)

  const started = await makeActivity()
  await setTimes(db, started.id, { startAt: new Date(Date.now() - 60_000), endAt: new Date(Date.now() + 3_600_000) })
  expect(codeOf(await signUp(P.resident.openid, started.id))).toBe('ACTIVITY.STARTED')
  await nothingChanged(started.id)

  const cancelled = await makeActivity()
  dataOf(await callAs(P.admin).activities.cancelActivity({ activityId: cancelled.id, reason: '天气原因' }))
  expect(codeOf(await signUp(P.resident.openid, cancelled.id))).toBe('ACTIVITY.CANCELLED')
  await nothingChanged(cancelled.id)

  const detail = dataOf(await callAs(P.resident).activities.get({ activityId: notYet.id })).activity
  expect(detail).toMatchObject({ canSignUp: false, signUpBlockedBy: 'ACTIVITY.CLOSED' })
})

test('an audience one is not in: NOT_ELIGIBLE, and the activity is not listed for them', async () => {
  const otherBuilding = await makeActivity({ audience: { kind: 'building', building: '临滨苑2栋' }, title: '临滨苑楼道清洁' })
  const membersOnly = await makeActivity({ audience: { kind: 'members' }, kind: 'partyLesson', title: '党课' })
  for (const activity of [otherBuilding, membersOnly]) {
    expect(codeOf(await signUp(P.resident.openid, activity.id))).toBe('ACTIVITY.NOT_ELIGIBLE')
    await nothingChanged(activity.id)
  }
  const listed = dataOf(await callAs(P.resident).activities.list({})).items.map((a) => a.id)
  expect(listed).not.toContain(otherBuilding.id)
  expect(listed).not.toContain(membersOnly.id)
  expect(codeOf(await callAs(P.resident).activities.get({ activityId: otherBuilding.id }))).toBe('COMMON.NOT_FOUND')
  // A member may join the members-only lesson; it is listed for them with its seats.
  expect(dataOf(await signUp(P.member.openid, membersOnly.id)).signUp.status).toBe('confirmed')
  const forMember = dataOf(await callAs(P.member).activities.list({ kind: 'partyLesson' })).items
  expect(forMember.find((a) => a.id === membersOnly.id)).toMatchObject({ myStatus: 'confirmed', confirmedCount: 1, seatsLeft: 19 })
})

test('a helper signs up and cancels for their paired elder; the record shows who acted; others are refused', async () => {
  const activity = await makeActivity({ title: '重阳敬老茶话会', kind: 'neighbourhood' })
  const reply = dataOf(await signUp(P.member.openid, activity.id, { forMemberId: P.elder.id }))
  expect(reply.signUp).toMatchObject({ personId: P.elder.id, status: 'confirmed', actedByName: '张晓东' })
  const detail = dataOf(await callAs(P.member).activities.get({ activityId: activity.id })).activity
  expect(detail.elders.find((e) => e.memberId === P.elder.id)).toMatchObject({ status: 'confirmed', eligible: true })
  // Not paired: the secretary for the elder, the resident for a member.
  expect(codeOf(await signUp(P.secretary.openid, activity.id, { forMemberId: P.elder.id }))).toBe('ACTIVITY.NOT_YOUR_ELDER')
  expect(codeOf(await signUp(P.resident.openid, activity.id, { forMemberId: P.member.id }))).toBe('ACTIVITY.NOT_YOUR_ELDER')
  expect(codeOf(await callAs(P.secretary).activities.cancel({ activityId: activity.id, forMemberId: P.elder.id }))).toBe(
    'ACTIVITY.NOT_YOUR_ELDER',
  )
  expect((await stored(db, activity.id)).confirmedCount).toBe(1)
  const cancelled = dataOf(
    await callAs(P.member).activities.cancel({
      activityId: activity.id,
      forMemberId: P.elder.id,
    }),
  )
  expect(cancelled.signUp).toMatchObject({ status: 'cancelled', actedByName: '张晓东' })
  expect((await stored(db, activity.id)).confirmedCount).toBe(0)
})

test('secretaries manage only their subtree; everyone/members audiences are the admin’s', async () => {
  expect(
    codeOf(
      await callAs(P.secretary).activities.create({
        fields: {
          kind: 'volunteer',
          title: 'x',
          place: 'y',
          startAt: inHours(48),
          endAt: inHours(50),
          capacity: null,
          audience: { kind: 'all' },
        },
      }),
    ),
  ).toBe('ACTIVITY.AUDIENCE_NOT_ALLOWED')
  expect(
    codeOf(
      await callAs(P.otherSecretary).activities.create({
        fields: {
          kind: 'themeDay',
          title: 'x',
          place: 'y',
          startAt: inHours(48),
          endAt: inHours(50),
          capacity: 20,
          audience: { kind: 'org', orgId: 'org-b1' },
        },
      }),
    ),
  ).toBe('ACTIVITY.AUDIENCE_NOT_ALLOWED')
  const mine = await makeActivity({ kind: 'themeDay', title: '主题党日', audience: { kind: 'org', orgId: 'org-b1' } }, P.secretary.openid)
  expect(mine.canManage).toBe(true)
  for (const action of ['attendance', 'checkInCode'])
    expect(codeOf(await callAs(P.otherSecretary).raw('activities', action, { activityId: mine.id }))).toBe('COMMON.NOT_FOUND')
  expect(codeOf(await callAs(P.otherSecretary).activities.cancelActivity({ activityId: mine.id, reason: '误' }))).toBe('COMMON.NOT_FOUND')
  const managed = dataOf(await callAs(P.otherSecretary).activities.manageList({})).items.map((a) => a.id)
  expect(managed).not.toContain(mine.id)
  expect(dataOf(await callAs(P.secretary).activities.manageList({})).items.map((a) => a.id)).toContain(mine.id)
  expect(await countOf(db, 'auditLogs', { action: 'activities.create', target: mine.id })).toBe(1)
  // Bad times: refused with the area code, nothing written.
  const before = await countOf(db, 'activities')
  expect(
    codeOf(
      await callAs(P.admin).activities.create({
        fields: {
          kind: 'volunteer',
          title: 'x',
          place: 'y',
          startAt: inHours(50),
          endAt: inHours(48),
          capacity: 5,
          audience: { kind: 'all' },
        },
      }),
    ),
  ).toBe('ACTIVITY.INVALID_TIME')
  expect(await countOf(db, 'activities')).toBe(before)
})

test('a change of time or place tells everyone signed up (once); a stale version conflicts; cancelling tells everyone', async () => {
  const activity = await makeActivity({ capacity: 1, title: '义卖' })
  dataOf(await signUp(P.resident.openid, activity.id))
  dataOf(await signUp(P.member.openid, activity.id, { waitlist: true }))
  const base: ActivityFieldsInput = {
    kind: 'volunteer',
    title: '义卖',
    place: '社区广场',
    startAt: inHours(72),
    endAt: inHours(74),
    capacity: 1,
    audience: { kind: 'all' },
  }
  const updated = dataOf(
    await callAs(P.admin).activities.update({
      activityId: activity.id,
      version: 0,
      fields: base,
    }),
  )
  expect(updated.notified).toBe(2)
  expect(updated.activity.version).toBe(1)
  expect(await countOf(db, 'activityOutbox', { activityId: activity.id, type: 'changed' })).toBe(2)
  expect(codeOf(await callAs(P.admin).activities.update({ activityId: activity.id, version: 0, fields: base }))).toBe('COMMON.CONFLICT')
  // Raising the capacity promotes the waitlisted member.
  dataOf(await callAs(P.admin).activities.update({ activityId: activity.id, version: 1, fields: { ...base, capacity: 2 } }))
  expect(await stored(db, activity.id)).toMatchObject({ confirmedCount: 2 })
  expect(await waitlistOf(db, activity.id)).toEqual([])
  expect(await countOf(db, 'activityOutbox', { activityId: activity.id, type: 'promoted', personId: P.member.id })).toBe(1)

  const cancelled = dataOf(await callAs(P.admin).activities.cancelActivity({ activityId: activity.id, reason: '场地检修' }))
  expect(cancelled.notified).toBe(2)
  expect((await callAs(P.admin).activities.cancelActivity({ activityId: activity.id, reason: '场地检修' })).ok).toBe(true)
  expect(await countOf(db, 'activityOutbox', { activityId: activity.id, type: 'cancelled' })).toBe(2)
  expect(await countOf(db, 'auditLogs', { action: 'activities.cancelActivity', target: activity.id })).toBe(1)
  const mine = dataOf(await callAs(P.resident).activities.mySignUps({ tab: 'cancelled' })).items.map((i) => i.activity.id)
  expect(mine).toContain(activity.id)
})

test('reminders are queued once for those who asked, and the admin sees the outbox', async () => {
  const soon = await makeActivity({ startAt: inHours(3), endAt: inHours(5), title: '防诈骗讲座', kind: 'neighbourhood' })
  dataOf(await signUp(P.resident.openid, soon.id, { remind: true }))
  dataOf(await signUp(P.member.openid, soon.id))
  const first = dataOf(await callAs(P.admin).activities.sendReminders({}))
  expect(first.queued).toBeGreaterThanOrEqual(1)
  expect(dataOf(await callAs(P.admin).activities.sendReminders({})).queued).toBe(0)
  expect(await countOf(db, 'activityOutbox', { activityId: soon.id, type: 'reminder' })).toBe(1)
  const outbox = dataOf(await callAs(P.admin).activities.outbox({}))
  // Sent at once; nobody here allowed a message, so nothing went to WeChat.
  expect(outbox.items.find((m) => m.activityId === soon.id)).toMatchObject({ type: 'reminder', status: 'skipped-no-consent' })
  expect(codeOf(await callAs(P.secretary).activities.outbox({}))).toBe('COMMON.FORBIDDEN')
})

test('the hourly timer trigger (no caller) queues due reminders once', async () => {
  const soon = await makeActivity({ startAt: inHours(2), endAt: inHours(3), title: '消防安全讲座', kind: 'neighbourhood' })
  dataOf(await signUp(P.member.openid, soon.id, { remind: true }))
  const fire = () =>
    runAs(null, () => activities({ Type: 'Timer', TriggerName: 'sendReminders', Time: new Date().toISOString() })) as Promise<{
      ok: boolean
      data: { queued: number }
    }>
  expect((await fire()).data.queued).toBeGreaterThanOrEqual(1)
  expect((await fire()).data.queued).toBe(0)
  expect(await countOf(db, 'activityOutbox', { activityId: soon.id, type: 'reminder', personId: P.member.id })).toBe(1)
  // A caller cannot pass for the timer: with an openid the event goes through the router.
  expect(codeOf((await runAs(P.resident.openid, () => activities({ Type: 'Timer' }))) as never)).toBe('COMMON.VALIDATION')
})

test('lists page by start time with a cursor; a forged cursor is a validation error', async () => {
  const made = []
  for (const hours of [30, 10, 20])
    made.push(await makeActivity({ kind: 'homeVisit', title: `红色家访 ${hours}`, startAt: inHours(hours), endAt: inHours(hours + 1) }))
  const first = dataOf(await callAs(P.resident).activities.list({ kind: 'homeVisit', limit: 2 }))
  expect(first.items.map((a) => a.title)).toEqual(['红色家访 10', '红色家访 20'])
  expect(first.nextCursor).not.toBeNull()
  const second = dataOf(await callAs(P.resident).activities.list({ kind: 'homeVisit', limit: 2, cursor: first.nextCursor! }))
  expect(second.items.map((a) => a.title)).toEqual(['红色家访 30'])
  expect(second.nextCursor).toBeNull()
  expect(codeOf(await callAs(P.resident).activities.list({ kind: 'homeVisit', cursor: 'not-a-cursor' }))).toBe('COMMON.VALIDATION')
  expect(made).toHaveLength(3)
})

test('a create sent again with the same form id (lost reply, double tap, in parallel) makes one activity; another organiser cannot reuse it', async () => {
  const request = { draftId: 'draft-once-0001', fields: fields({ title: '重复提交测试：义务理发' }) }
  const replies = await Promise.all(Array.from({ length: 5 }, () => callAs(P.admin).activities.create(request)))
  expect(new Set(replies.map((reply) => dataOf(reply).activity.id))).toEqual(new Set(['act-draft-once-0001']))
  expect(await countOf(db, 'activities', { title: '重复提交测试：义务理发' })).toBe(1)
  expect(
    codeOf(
      await callAs(P.secretary).activities.create({
        ...request,
        fields: fields({ title: '重复提交测试：义务理发', audience: { kind: 'org', orgId: 'org-b1' } }),
      }),
    ),
  ).toBe('COMMON.CONFLICT')
  expect(await countOf(db, 'activities', { title: '重复提交测试：义务理发' })).toBe(1)
})
