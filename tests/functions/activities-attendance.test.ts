/**
 * Check-in by rotating code (valid, previous window, expired, forged), by hand, check-out minutes capped
 * at the activity's length, attendance confirmed (even in parallel) credits points and minutes once,
 * meeting minutes only for meetings, stats, and Beijing months whatever the server's TZ.
 */
import { codeForWindow, codeWindow } from '../../core/activities/checkin-code'
import type { RequestOf } from '../../core/contract'
import { callAs, codeOf, dataOf, P, type Who } from '../support'
import { countOf, docOf, useCommunityDb } from './helpers'
import { balanceOf } from './points-fixtures'
import { makeActivity, setTimes } from './activities-fixtures'
import { beijingYear } from '../../core/time'

jest.setTimeout(120_000)
const db = useCommunityDb('activities-attendance')
const MIN = 60_000

type CheckData = RequestOf<'activities', 'checkIn'>
const signUp = (who: Who, activityId: string) => callAs(who).activities.signUp({ activityId })
const checkIn = (who: Who, data: CheckData) => callAs(who).activities.checkIn(data)
const checkOut = (who: Who, data: CheckData) => callAs(who).activities.checkOut(data)
const secretOf = async (id: string) => (await docOf<{ checkInSecret: string }>(db, 'activities', id))!.checkInSecret

/** An activity people signed up for, then moved so it runs from `startMin` to `endMin` minutes from now. */
async function running(startMin: number, endMin: number, who: string[], extra: object = {}) {
  const activity = await makeActivity({ points: 15, serviceMinutes: 90, ...extra })
  for (const openid of who) dataOf(await signUp(openid, activity.id))
  await setTimes(db, activity.id, { startAt: new Date(Date.now() + startMin * MIN), endAt: new Date(Date.now() + endMin * MIN) })
  return activity
}

test('check-in by the current code and by the previous one; expired and forged codes are refused', async () => {
  const activity = await running(-10, 50, [P.resident.openid, P.member.openid, P.elder.openid])
  const shown = dataOf(await callAs(P.admin).activities.checkInCode({ activityId: activity.id }))
  expect(shown.code).toMatch(/^\d{6}$/)
  expect(shown.qrText).toBe(`honglin:checkin:${activity.id}:in:${shown.code}`)
  expect(JSON.stringify(shown)).not.toContain(await secretOf(activity.id))

  const secret = await secretOf(activity.id)
  const window = codeWindow(new Date())
  const expired = codeForWindow(secret, activity.id, 'in', window - 3)
  const forged = codeForWindow('not-the-secret', activity.id, 'in', window)
  const outCode = codeForWindow(secret, activity.id, 'out', window)
  for (const code of [expired, forged, outCode]) {
    if (code === codeForWindow(secret, activity.id, 'in', window) || code === codeForWindow(secret, activity.id, 'in', window - 1)) continue
    expect(codeOf(await checkIn(P.resident.openid, { activityId: activity.id, code }))).toBe('ACTIVITY.CODE_INVALID')
  }
  expect(await countOf(db, 'activitySignUps', { activityId: activity.id, checkedInAt: db.command.neq(null) })).toBe(0)

  const first = dataOf(await checkIn(P.resident.openid, { activityId: activity.id, code: shown.code }))
  expect(first.duplicate).toBe(false)
  expect(first.signUp.checkedInAt).not.toBeNull()
  expect(dataOf(await checkIn(P.resident.openid, { activityId: activity.id, code: shown.code })).duplicate).toBe(true)
  // The code of the previous 30-second window still works.
  const previous = codeForWindow(secret, activity.id, 'in', codeWindow(new Date()) - 1)
  expect(dataOf(await checkIn(P.member.openid, { activityId: activity.id, code: previous })).duplicate).toBe(false)
  // Not signed up: refused even with a good code.
  expect(codeOf(await checkIn(P.secretary.openid, { activityId: activity.id, code: shown.code }))).toBe('ACTIVITY.NOT_SIGNED_UP')
  // Check-out before check-in is refused.
  const out = dataOf(await callAs(P.admin).activities.checkInCode({ activityId: activity.id, mode: 'out' }))
  expect(codeOf(await checkOut(P.elder.openid, { activityId: activity.id, code: out.code }))).toBe('ACTIVITY.NOT_CHECKED_IN')
})

test('the organiser checks an elder in by hand (audited); a participant cannot; codes only inside the window', async () => {
  const activity = await running(-5, 55, [P.elder.openid])
  expect(codeOf(await checkIn(P.resident.openid, { activityId: activity.id, personId: P.elder.id }))).toBe('COMMON.FORBIDDEN')
  const manual = dataOf(await checkIn(P.admin.openid, { activityId: activity.id, personId: P.elder.id }))
  expect(manual.signUp.checkedInAt).not.toBeNull()
  expect(await countOf(db, 'auditLogs', { action: 'activities.manualCheckIn', target: `${activity.id}:${P.elder.id}` })).toBe(1)

  const later = await makeActivity()
  expect(codeOf(await callAs(P.admin).activities.checkInCode({ activityId: later.id }))).toBe('ACTIVITY.OUTSIDE_CHECKIN_WINDOW')
  const secret = await secretOf(later.id)
  expect(
    codeOf(await checkIn(P.resident.openid, { activityId: later.id, code: codeForWindow(secret, later.id, 'in', codeWindow(new Date())) })),
  ).toBe('ACTIVITY.OUTSIDE_CHECKIN_WINDOW')
})

test('check-out minutes are capped at the activity length; confirming attendance (in parallel, twice) credits points and minutes once', async () => {
  // 60 minutes long, ended 20 minutes ago (the check-out window is still open).
  const activity = await running(-80, -20, [P.resident.openid, P.member.openid, P.elder.openid])
  dataOf(await checkIn(P.admin.openid, { activityId: activity.id, personId: P.resident.id }))
  dataOf(await checkIn(P.admin.openid, { activityId: activity.id, personId: P.member.id }))
  // The resident was in for two hours: the minutes stop at the activity's length.
  await db
    .collection('activitySignUps')
    .doc(`${activity.id}:${P.resident.id}`)
    .update({ data: { checkedInAt: new Date(Date.now() - 120 * MIN) } })
  const outCode = dataOf(await callAs(P.admin).activities.checkInCode({ activityId: activity.id, mode: 'out' })).code
  dataOf(await checkOut(P.resident.openid, { activityId: activity.id, code: outCode }))
  const list = dataOf(await callAs(P.admin).activities.attendance({ activityId: activity.id }))
  expect(list.rows.find((r) => r.personId === P.resident.id)).toMatchObject({ minutes: 60, attended: true, credited: false })
  expect(list.rows.find((r) => r.personId === P.member.id)).toMatchObject({ minutes: 60, attended: true }) // no check-out: the activity's 90, capped at 60
  expect(list.rows.find((r) => r.personId === P.elder.id)).toMatchObject({ attended: false })
  expect(list.rows.find((r) => r.personId === P.resident.id)!.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/)

  const before = { resident: await balanceOf(db, P.resident.id), member: await balanceOf(db, P.member.id) }
  const attendedIds = [P.resident.id, P.member.id]
  const replies = await Promise.all(
    [1, 2, 3].map(() => callAs(P.admin).activities.confirmAttendance({ activityId: activity.id, attendedIds })),
  )
  expect(replies.map((r) => dataOf(r).credited).reduce((a, b) => a + b, 0)).toBe(2)
  expect(dataOf(await callAs(P.admin).activities.confirmAttendance({ activityId: activity.id, attendedIds })).credited).toBe(0)
  expect(await balanceOf(db, P.resident.id)).toBe(before.resident + 15)
  expect(await balanceOf(db, P.member.id)).toBe(before.member + 15)
  expect(await countOf(db, 'pointEntries', { _id: `attendance:${activity.id}:${P.resident.id}` })).toBe(1)
  const account = dataOf(await callAs(P.resident).points.account({}))
  expect(account).toMatchObject({ balance: before.resident + 15, minutes: 60 })
  const attended = dataOf(await callAs(P.resident).activities.mySignUps({ tab: 'attended' })).items
  expect(attended[0].signUp).toMatchObject({ attended: true, creditedMinutes: 60, creditedPoints: 15 })
  expect(await countOf(db, 'auditLogs', { action: 'activities.confirmAttendance', target: activity.id })).toBe(4)
  expect((await callAs(P.admin).points.reconcile({})).ok).toBe(true)

  // Someone not signed up cannot be ticked.
  expect(codeOf(await callAs(P.admin).activities.confirmAttendance({ activityId: activity.id, attendedIds: [P.secretary.id] }))).toBe(
    'COMMON.VALIDATION',
  )
})

test('attendance cannot be confirmed before the end; minutes are recorded only for meetings', async () => {
  const volunteer = await running(-10, 50, [P.member.openid])
  expect(codeOf(await callAs(P.admin).activities.confirmAttendance({ activityId: volunteer.id, attendedIds: [P.member.id] }))).toBe(
    'ACTIVITY.NOT_ENDED',
  )
  expect(codeOf(await callAs(P.admin).activities.recordMinutes({ activityId: volunteer.id, text: '纪要' }))).toBe('ACTIVITY.NOT_A_MEETING')

  const meeting = await running(-120, -60, [P.member.openid, P.elder.openid], {
    kind: 'themeDay',
    title: '主题党日：学习二十届四中全会精神',
    audience: { kind: 'org', orgId: 'org-b1' },
  })
  dataOf(await callAs(P.admin).activities.confirmAttendance({ activityId: meeting.id, attendedIds: [P.member.id] }))
  const recorded = dataOf(
    await callAs(P.secretary).activities.recordMinutes({
      activityId: meeting.id,
      text: '学习全会精神，交流发言 5 人。',
    }),
  )
  expect(recorded.record).toMatchObject({ attendeeCount: 1, recordedByName: '刘秀英' })
  expect(await docOf(db, 'activityRecords', meeting.id)).toMatchObject({ attendeeIds: [P.member.id], kind: 'themeDay' })
  expect(await countOf(db, 'auditLogs', { action: 'activities.recordMinutes', target: meeting.id })).toBe(1)

  const year = beijingYear(new Date())
  const stats = dataOf(await callAs(P.secretary).activities.stats({ year }))
  expect(stats.branches.map((b) => b.orgId)).toEqual(['org-b1'])
  expect(stats.branches[0]).toMatchObject({ meetings: 1 })
  expect(stats.branches[0].participants).toBeGreaterThanOrEqual(1)
  expect(stats.perKindMonth.some((row) => row.kind === 'themeDay' && row.count >= 1)).toBe(true)
  expect(stats.attended).toBeGreaterThanOrEqual(1)
  expect(stats.signUps).toBeGreaterThanOrEqual(stats.attended)
  const admin = dataOf(await callAs(P.admin).activities.stats({ year }))
  expect(admin.signUps).toBeGreaterThan(stats.signUps)
  expect(admin.topVolunteers.length).toBeGreaterThan(0)
  expect(admin.topVolunteers.every((v) => v.maskedName.includes('*'))).toBe(true)
})

test('an activity at 00:30 Beijing on 1 January belongs to that Beijing month and year, whatever TZ the server runs in', async () => {
  const activity = await makeActivity({
    kind: 'microLesson',
    title: '新年微党课',
    startAt: '2026-12-31T16:30:00.000Z',
    endAt: '2026-12-31T17:30:00.000Z',
  })
  expect(await docOf(db, 'activities', activity.id)).toMatchObject({ startMonth: '2027-01', startYear: 2027 })
  const stats = dataOf(await callAs(P.admin).activities.stats({ year: 2027 }))
  expect(stats.perKindMonth).toContainEqual({ month: '2027-01', kind: 'microLesson', count: 1 })
  expect(dataOf(await callAs(P.admin).activities.stats({ year: 2026 })).perKindMonth.some((r) => r.kind === 'microLesson')).toBe(false)
})

test('without a confirmation step, check-out credits at once (and only once)', async () => {
  const activity = await running(-70, -10, [P.elder.openid], { requiresConfirmation: false, points: 7, serviceMinutes: 30 })
  const before = await balanceOf(db, P.elder.id)
  dataOf(await checkIn(P.admin.openid, { activityId: activity.id, personId: P.elder.id }))
  const out = dataOf(await checkOut(P.admin.openid, { activityId: activity.id, personId: P.elder.id }))
  expect(out.signUp).toMatchObject({ attended: true, creditedPoints: 7 })
  expect(dataOf(await checkOut(P.admin.openid, { activityId: activity.id, personId: P.elder.id })).duplicate).toBe(true)
  dataOf(await callAs(P.admin).activities.confirmAttendance({ activityId: activity.id, attendedIds: [P.elder.id] }))
  expect(await balanceOf(db, P.elder.id)).toBe(before + 7)
  expect(await countOf(db, 'auditLogs', { action: 'activities.manualCheckOut', target: `${activity.id}:${P.elder.id}` })).toBe(1)
})

test('the attendance list says where the activity stands by the server clock: upcoming, underway, ended, and the window', async () => {
  const activity = await running(120, 240, [P.resident.openid])
  const before = dataOf(await callAs(P.admin).activities.attendance({ activityId: activity.id }))
  expect(before.phase).toBe('upcoming')
  expect(before.checkInOpen).toBe(false)
  expect(Date.parse(before.startAt) - Date.parse(before.checkInOpensAt)).toBe(30 * MIN)
  expect(Date.parse(before.checkInClosesAt) - Date.parse(before.endAt)).toBe(30 * MIN)
  expect(codeOf(await callAs(P.admin).activities.confirmAttendance({ activityId: activity.id, attendedIds: [] }))).toBe(
    'ACTIVITY.NOT_ENDED',
  )

  await setTimes(db, activity.id, { startAt: new Date(Date.now() - 10 * MIN), endAt: new Date(Date.now() + 50 * MIN) })
  const during = dataOf(await callAs(P.admin).activities.attendance({ activityId: activity.id }))
  expect([during.phase, during.checkInOpen]).toEqual(['underway', true])

  await setTimes(db, activity.id, { startAt: new Date(Date.now() - 180 * MIN), endAt: new Date(Date.now() - 60 * MIN) })
  const after = dataOf(await callAs(P.admin).activities.attendance({ activityId: activity.id }))
  expect([after.phase, after.checkInOpen]).toEqual(['ended', false])
})
