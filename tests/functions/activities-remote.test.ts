/**
 * 远程在线党员学习会: the secretary gives a 支部党员大会 a remote option (link or dial-in, material);
 * the housebound elder's paired helper records that the elder took part remotely — once, however
 * often it is tapped and whoever taps (the elder too) — it counts as 实到 (远程) in the register and
 * the meeting's length in the elder's 学时 (marked 远程 in 学习情况). Someone not paired, or not on the
 * meeting's list, is refused and nothing is written.
 */
import type { StudyFiguresResponse } from '../../core/contract'
import { callAs, codeOf, dataOf, P } from '../support'
import { countOf, useCommunityDb } from './helpers'
import { makeActivity, setTimes } from './activities-fixtures'

jest.setTimeout(120_000)
const db = useCommunityDb('activities-remote')
const MIN = 60_000
const REMOTE = { link: 'https://meeting.tencent.com/dm/abc123', dialIn: '0551-12345678 转 889 123 456', materialTitle: '学习党章第一章' }

async function remoteMeeting(minutes = 90) {
  const meeting = await makeActivity(
    { kind: 'branchMeeting', title: '远程在线党员学习会', audience: { kind: 'org', orgId: 'org-b1' }, points: 0, serviceMinutes: 0 },
    P.secretary,
  )
  dataOf(await callAs(P.secretary).activities.setRemote({ activityId: meeting.id, remote: REMOTE }))
  await setTimes(db, meeting.id, { startAt: new Date(Date.now() - 10 * MIN), endAt: new Date(Date.now() + (minutes - 10) * MIN) })
  return meeting.id
}

test('the secretary sets a remote option; bad input and other people change nothing', async () => {
  const meeting = await makeActivity(
    { kind: 'branchMeeting', title: '十二月支部党员大会', audience: { kind: 'org', orgId: 'org-b1' }, points: 0, serviceMinutes: 0 },
    P.secretary,
  )
  const activityId = meeting.id
  expect(codeOf(await callAs(P.secretary).activities.setRemote({ activityId, remote: { materialTitle: '党章' } }))).toBe(
    'COMMON.VALIDATION',
  )
  expect(codeOf(await callAs(P.secretary).activities.setRemote({ activityId, remote: { link: 'javascript:alert(1)' } }))).toBe(
    'COMMON.VALIDATION',
  )
  expect(codeOf(await callAs(P.secretary).activities.setRemote({ activityId, remote: { dialIn: '123', materialId: 'sm-nope' } }))).toBe(
    'COMMON.VALIDATION',
  )
  expect(codeOf(await callAs(P.member).activities.setRemote({ activityId, remote: REMOTE }))).toBe('COMMON.FORBIDDEN')
  expect(codeOf(await callAs(P.otherSecretary).activities.setRemote({ activityId, remote: REMOTE }))).toBe('COMMON.NOT_FOUND')
  expect(await countOf(db, 'activities', { _id: activityId, remoteOn: true })).toBe(0)
  // Before it is set, nobody can attend remotely.
  expect(codeOf(await callAs(P.elder).activities.attendRemote({ activityId }))).toBe('ACTIVITY.NOT_REMOTE')

  const set = dataOf(await callAs(P.secretary).activities.setRemote({ activityId, remote: REMOTE }))
  expect(set.remote).toEqual({ ...REMOTE, materialLink: null, materialId: null })
  expect(await countOf(db, 'auditLogs', { action: 'activities.setRemote', target: activityId })).toBe(1)
  // Not open yet (the meeting is days away): listed, but cannot be recorded.
  const listed = dataOf(await callAs(P.elder).activities.remoteMeetings({})).items.find((i) => i.activityId === activityId)
  expect(listed).toMatchObject({ canAttend: false, attended: null, remote: { dialIn: REMOTE.dialIn } })
  expect(codeOf(await callAs(P.elder).activities.attendRemote({ activityId }))).toBe('ACTIVITY.REMOTE_CLOSED')
  expect(await countOf(db, 'meetingAttendees', { activityId })).toBe(0)
  // Cleared: it leaves the lists.
  dataOf(await callAs(P.secretary).activities.setRemote({ activityId, remote: null }))
  expect(dataOf(await callAs(P.elder).activities.remoteMeetings({})).items.find((i) => i.activityId === activityId)).toBeUndefined()
})

test('the helper records the elder’s remote attendance once; it is 实到 (远程) and counts in 学时', async () => {
  const activityId = await remoteMeeting(90)
  const helper = callAs(P.member).activities

  // The helper sees it for the elder; a double tap (at once) records one attendance and one study record.
  const forElder = dataOf(await helper.remoteMeetings({ forPersonId: P.elder.id }))
  expect(forElder.person).toEqual({ id: P.elder.id, name: P.elder.name })
  expect(forElder.items.find((i) => i.activityId === activityId)).toMatchObject({ canAttend: true, creditMinutes: 90 })
  const taps = await Promise.all([
    helper.attendRemote({ activityId, forPersonId: P.elder.id }),
    helper.attendRemote({ activityId, forPersonId: P.elder.id }),
  ])
  const answers = taps.map((t) => dataOf(t))
  expect(answers.filter((a) => !a.duplicate)).toHaveLength(1)
  expect(answers.find((a) => !a.duplicate)!.creditedMinutes).toBe(90)
  expect(answers[0].item.attended).toMatchObject({ byName: P.member.name, self: false })
  // The elder taps too: already recorded, nothing more.
  const own = dataOf(await callAs(P.elder).activities.attendRemote({ activityId }))
  expect(own).toMatchObject({ duplicate: true, creditedMinutes: 0, item: { canAttend: false } })
  expect(await countOf(db, 'meetingAttendees', { activityId })).toBe(1)
  expect(await countOf(db, 'studyRecords', { personId: P.elder.id, method: 'remote' })).toBe(1)
  expect(await countOf(db, 'auditLogs', { action: 'activities.attendRemote' })).toBe(1)

  // The register: the elder is 实到, marked 远程 with who recorded it.
  const register = dataOf(await callAs(P.secretary).activities.register({ activityId }))
  expect(register.lines.find((l) => l.memberId === P.elder.id)).toMatchObject({
    state: 'present',
    remote: true,
    remoteByName: P.member.name,
  })
  expect(register.counts.present).toBe(1)

  // 学时: the elder's own 我的学习 and the secretary's 学习情况 (远程 minutes).
  const mine = dataOf(await callAs(P.elder).study.myStudy({}))
  expect(mine.minutes).toBe(90)
  expect(mine.records[0]).toMatchObject({ method: 'remote', minutes: 90, deliveredBy: P.member.name })
  const rows: Array<{ memberId: string }> = []
  let cursor: string | null = null
  do {
    const page: StudyFiguresResponse = dataOf(await callAs(P.secretary).study.studyFigures({ limit: 20, ...(cursor ? { cursor } : {}) }))
    expect(page.totals.remoteMinutes).toBe(90)
    rows.push(...page.members)
    cursor = page.nextCursor
  } while (cursor)
  expect(rows.find((m) => m.memberId === P.elder.id)).toMatchObject({ minutes: 90, remoteMinutes: 90 })

  // Signed off after the end: in-person 实到 get 集中学习 学时 then; the remote elder is not counted twice.
  await setTimes(db, activityId, { startAt: new Date(Date.now() - 100 * MIN), endAt: new Date(Date.now() - 10 * MIN) })
  dataOf(await callAs(P.secretary).activities.markAttendee({ activityId, memberId: 'm-0007', mark: 'present' }))
  dataOf(
    await callAs(P.secretary).activities.recordMinutes({
      activityId,
      text: '远程学习党章第一章。',
      topics: [],
      speakers: [],
      decisions: [],
    }),
  )
  dataOf(await callAs(P.secretary).activities.signOffMinutes({ activityId }))
  expect(dataOf(await callAs(P.elder).study.myStudy({})).minutes).toBe(90)
  expect(await countOf(db, 'studyRecords', { personId: P.elder.id, materialId: `meeting:${activityId}` })).toBe(1)
  expect(await countOf(db, 'studyRecords', { personId: 'm-0007', materialId: `meeting:${activityId}` })).toBe(1)
})

test('the member records for themselves; a helper who is not paired, and anyone not on the list, are refused', async () => {
  const activityId = await remoteMeeting(60)
  // m-0007 is in the branch but is not the elder's helper.
  const notPaired = { openid: 'wx-m-0007' }
  expect(codeOf(await callAs(notPaired).activities.attendRemote({ activityId, forPersonId: P.elder.id }))).toBe('ACTIVITY.NOT_YOUR_ELDER')
  expect(codeOf(await callAs(notPaired).activities.remoteMeetings({ forPersonId: P.elder.id }))).toBe('ACTIVITY.NOT_YOUR_ELDER')
  // The other branch's secretary is not on this meeting's list.
  expect(codeOf(await callAs(P.otherSecretary).activities.attendRemote({ activityId }))).toBe('ACTIVITY.NOT_EXPECTED')
  expect(
    dataOf(await callAs(P.otherSecretary).activities.remoteMeetings({})).items.find((i) => i.activityId === activityId),
  ).toBeUndefined()
  // Residents are not Party members.
  expect(codeOf(await callAs(P.resident).activities.attendRemote({ activityId }))).toBe('COMMON.FORBIDDEN')
  expect(await countOf(db, 'meetingAttendees', { activityId })).toBe(0)
  expect(await countOf(db, 'studyRecords', { personId: P.member.id, method: 'remote' })).toBe(0)

  const self = dataOf(await callAs(P.member).activities.attendRemote({ activityId }))
  expect(self).toMatchObject({ duplicate: false, creditedMinutes: 60, item: { attended: { self: true, byName: P.member.name } } })
  expect(await countOf(db, 'auditLogs', { action: 'activities.attendRemote', target: `${activityId}:${P.member.id}` })).toBe(0)
})
