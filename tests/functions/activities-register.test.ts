/**
 * The 三会一课 register of a 支部党员大会: 应到 from the roster at the meeting's date, 实到 by check-in
 * or the secretary's tick, 送学 for an elder, 请假 asked by the member and approved by the secretary,
 * 缺席 the rest, 列席 walk-ins; minutes signed off are locked, a correction is a new version with who
 * and why; retries change nothing; another branch's secretary sees nothing.
 */
import { codeForWindow, codeWindow } from '../../core/activities/checkin-code'
import type { MeetingRegisterResponse } from '../../core/contract'
import { studyTotalId } from '../../core/study/rules'
import { beijingYear } from '../../core/time'
import { callAs, codeOf, dataOf, membersOf, P } from '../support'
import { countOf, docOf, useCommunityDb } from './helpers'
import { makeActivity, setTimes } from './activities-fixtures'

jest.setTimeout(120_000)
const db = useCommunityDb('activities-register')
const MIN = 60_000

const lineOf = (register: MeetingRegisterResponse, memberId: string) => register.lines.find((line) => line.memberId === memberId)

test('a 支部党员大会: 应到 from the roster, 实到/送学/请假/缺席/列席, sign-off locks it, a correction is version 2', async () => {
  const meeting = await makeActivity(
    { kind: 'branchMeeting', title: '十二月支部党员大会', audience: { kind: 'org', orgId: 'org-b1' }, points: 0, serviceMinutes: 0 },
    P.secretary,
  )
  const activityId = meeting.id
  const sec = callAs(P.secretary).activities

  // Before the start: the member signs up, the secretary asks for leave (twice: one request), outsiders cannot.
  dataOf(await callAs(P.member).activities.signUp({ activityId }))
  const asked = dataOf(await callAs(P.secretary).activities.requestLeave({ activityId, reason: '外出参加街道培训' }))
  expect(asked).toEqual({ expected: true, leave: { reason: '外出参加街道培训', status: 'pending', decidedByName: null }, canAsk: true })
  dataOf(await callAs(P.secretary).activities.requestLeave({ activityId, reason: '外出参加街道培训' }))
  expect(await countOf(db, 'meetingAttendees', { activityId })).toBe(1)
  expect(codeOf(await callAs(P.otherSecretary).activities.requestLeave({ activityId, reason: '有事' }))).toBe('ACTIVITY.NOT_EXPECTED')
  expect(codeOf(await callAs(P.resident).activities.requestLeave({ activityId, reason: '有事' }))).toBe('COMMON.FORBIDDEN')
  expect(dataOf(await callAs(P.elder).activities.myLeave({ activityId }))).toMatchObject({ expected: true, leave: null, canAsk: true })
  expect(codeOf(await callAs(P.otherSecretary).activities.register({ activityId }))).toBe('COMMON.NOT_FOUND')

  // Under way: check-in by code, the secretary's ticks, 送学 for the elder only, the leave approved.
  await setTimes(db, activityId, { startAt: new Date(Date.now() - 10 * MIN), endAt: new Date(Date.now() + 50 * MIN) })
  const secret = (await docOf<{ checkInSecret: string }>(db, 'activities', activityId))!.checkInSecret
  const code = codeForWindow(secret, activityId, 'in', codeWindow(new Date()))
  dataOf(await callAs(P.member).activities.checkIn({ activityId, code }))
  expect(codeOf(await callAs(P.elder).activities.requestLeave({ activityId, reason: '身体不适' }))).toBe('ACTIVITY.STARTED')
  dataOf(await sec.markAttendee({ activityId, memberId: 'm-0007', mark: 'present' }))
  dataOf(await sec.markAttendee({ activityId, memberId: P.elder.id, mark: 'delivered' }))
  expect(codeOf(await sec.markAttendee({ activityId, memberId: 'm-0008', mark: 'delivered' }))).toBe('ACTIVITY.NOT_ELDER')
  expect(codeOf(await sec.markAttendee({ activityId, memberId: P.otherSecretary.id, mark: 'present' }))).toBe('COMMON.VALIDATION')
  expect(codeOf(await sec.reviewLeave({ activityId, memberId: 'm-0009', approve: true }))).toBe('ACTIVITY.NO_LEAVE_REQUEST')
  dataOf(await sec.reviewLeave({ activityId, memberId: P.secretary.id, approve: true }))
  // 列席: someone not on the list who checked in (a guest from another branch, checked in by hand).
  await db.collection('activitySignUps').add({
    data: {
      _id: `${activityId}:${P.otherSecretary.id}`,
      activityId,
      personId: P.otherSecretary.id,
      personName: P.otherSecretary.name,
      status: 'confirmed',
      checkedInAt: new Date(),
      attended: false,
      credited: false,
    },
  })

  const register = dataOf(await sec.register({ activityId }))
  const expected = membersOf('org-b1').filter((m) => !m.archived)
  expect(register.counts.expected).toBe(expected.length)
  expect(lineOf(register, P.member.id)).toMatchObject({ state: 'present' })
  expect(lineOf(register, P.member.id)!.checkedInAt).not.toBeNull()
  expect(lineOf(register, 'm-0007')).toMatchObject({ state: 'present', mark: 'present' })
  expect(lineOf(register, P.elder.id)).toMatchObject({ state: 'delivered', elder: true, helperName: P.member.name })
  expect(lineOf(register, P.secretary.id)).toMatchObject({ state: 'leave', leave: { reason: '外出参加街道培训', status: 'approved' } })
  expect(lineOf(register, 'm-0008')).toMatchObject({ state: 'absent' })
  expect(register.walkIns).toEqual([{ personId: P.otherSecretary.id, name: P.otherSecretary.name }])
  const absent = expected.length - 4
  expect(register.counts).toEqual({
    expected: expected.length,
    present: 2,
    delivered: 1,
    leave: 1,
    absent,
    walkIns: 1,
    rate: Math.round(200 / (expected.length - 1)),
  })
  expect(lineOf(register, P.otherSecretary.id)).toBeUndefined()

  // Sign-off: only after the end and with minutes; then locked, and a second tap is no second version.
  expect(codeOf(await sec.signOffMinutes({ activityId }))).toBe('ACTIVITY.MEETING_NOT_ENDED')
  await setTimes(db, activityId, { startAt: new Date(Date.now() - 120 * MIN), endAt: new Date(Date.now() - 5 * MIN) })
  expect(codeOf(await sec.signOffMinutes({ activityId }))).toBe('ACTIVITY.NO_MINUTES')
  const minutes = {
    activityId,
    text: '传达学习上级精神，讨论发展党员。',
    topics: ['传达学习', '发展党员', ''],
    speakers: ['刘秀英', '张晓东'],
    decisions: ['同意韩明亮为入党积极分子'],
  }
  const saved = dataOf(await sec.recordMinutes(minutes))
  expect(saved.record.topics).toEqual(['传达学习', '发展党员'])
  const signed = dataOf(await sec.signOffMinutes({ activityId }))
  expect(signed.lock).toBe('signed')
  expect(signed.versions).toEqual([expect.objectContaining({ version: 1, signedOffByName: P.secretary.name, correctionReason: null })])
  expect(signed.minutes).toMatchObject({ topics: ['传达学习', '发展党员'], decisions: ['同意韩明亮为入党积极分子'] })
  // The frozen list still says how each 实到 came about.
  expect(lineOf(signed, P.member.id)!.checkedInAt).not.toBeNull()
  expect(lineOf(signed, 'm-0007')).toMatchObject({ state: 'present', mark: 'present' })
  expect(lineOf(signed, P.elder.id)).toMatchObject({ state: 'delivered', elder: true, helperName: P.member.name })
  // 集中学习: each in-person 实到 gets the meeting's 115 minutes in 学时, once; 送学, 请假 and 缺席 get none.
  const studied = async (memberId: string) =>
    (await docOf<{ minutes: number }>(db, 'studyTotals', studyTotalId(memberId, beijingYear(Date.now() - 120 * MIN))))?.minutes ?? 0
  const before = { member: await studied(P.member.id), m7: await studied('m-0007'), elder: await studied(P.elder.id) }
  expect(before).toEqual({ member: 115, m7: 115, elder: 0 })
  expect(await studied('m-0008')).toBe(0)
  dataOf(await sec.signOffMinutes({ activityId }))
  expect(await studied(P.member.id)).toBe(115)
  expect(await countOf(db, 'studyRecords', { materialId: `meeting:${activityId}` })).toBe(2)
  expect(await countOf(db, 'meetingMinutes', { activityId })).toBe(1)
  expect(await docOf(db, 'activityRecords', activityId)).toMatchObject({
    lock: 'signed',
    version: 1,
    attendeeCount: 2,
    counts: register.counts,
  })

  // Locked: no silent edits of the minutes or the list; check-ins since do not change the signed list.
  expect(codeOf(await sec.recordMinutes({ ...minutes, text: '悄悄改掉' }))).toBe('ACTIVITY.MINUTES_LOCKED')
  expect(codeOf(await sec.markAttendee({ activityId, memberId: 'm-0008', mark: 'present' }))).toBe('ACTIVITY.MINUTES_LOCKED')
  expect(codeOf(await sec.reviewLeave({ activityId, memberId: P.secretary.id, approve: false }))).toBe('ACTIVITY.MINUTES_LOCKED')
  expect(dataOf(await sec.register({ activityId })).minutes!.text).toBe(minutes.text)

  // A correction: reopened with a reason (a retry is one reopening), edited, signed again as version 2.
  expect(codeOf(await sec.reopenMinutes({ activityId, reason: '' }))).toBe('COMMON.VALIDATION')
  const reopened = dataOf(await sec.reopenMinutes({ activityId, reason: '漏记崔子涵到会' }))
  expect(reopened).toMatchObject({ lock: 'correcting', correction: { reason: '漏记崔子涵到会', byName: P.secretary.name } })
  dataOf(await sec.reopenMinutes({ activityId, reason: '漏记崔子涵到会' }))
  dataOf(await sec.markAttendee({ activityId, memberId: 'm-0008', mark: 'present' }))
  dataOf(await sec.recordMinutes({ ...minutes, text: `${minutes.text}（补记崔子涵到会）` }))
  const corrected = dataOf(await sec.signOffMinutes({ activityId }))
  expect(corrected.versions.map((v) => [v.version, v.correctionReason])).toEqual([
    [1, null],
    [2, '漏记崔子涵到会'],
  ])
  expect(corrected.counts.present).toBe(3)
  // The correction's new 实到 is credited; the others are not credited again.
  expect([await studied('m-0008'), await studied(P.member.id), await studied('m-0007')]).toEqual([115, 115, 115])
  expect(lineOf(corrected, 'm-0008')!.state).toBe('present')
  const first = await docOf<{ text: string; counts: { present: number } }>(db, 'meetingMinutes', `${activityId}:v1`)
  expect(first).toMatchObject({ text: minutes.text, counts: { present: 2 } })
  const audit = await countOf(db, 'auditLogs', {
    target: activityId,
    action: db.command.in(['activities.signOffMinutes', 'activities.reopenMinutes']),
  })
  expect(audit).toBe(3)
})

test('an 组织生活会 for an audience without a roster has no register; a volunteer activity is not a meeting', async () => {
  const open = await makeActivity({ kind: 'orgLifeMeeting', title: '组织生活会', audience: { kind: 'members' } })
  expect(codeOf(await callAs(P.admin).activities.register({ activityId: open.id }))).toBe('ACTIVITY.NO_REGISTER_ORG')
  const volunteer = await makeActivity({ audience: { kind: 'org', orgId: 'org-b1' } })
  expect(codeOf(await callAs(P.admin).activities.register({ activityId: volunteer.id }))).toBe('ACTIVITY.NOT_A_MEETING')
  expect(codeOf(await callAs(P.member).activities.myLeave({ activityId: volunteer.id }))).toBe('COMMON.NOT_FOUND')
})
