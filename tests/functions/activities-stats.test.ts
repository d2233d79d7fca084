/** Stats in exact numbers for one branch's year: per kind per Beijing month, sign-ups vs attendance, participation, top volunteers. */
import { beijingMonth } from '../../core/time'
import { buildDemoCommunity } from '../../server/seed/community'
import { callAs, dataOf, P } from '../support'
import { useCommunityDb } from './helpers'
import { makeActivity, setTimes } from './activities-fixtures'

jest.setTimeout(120_000)
const db = useCommunityDb('activities-stats')
const community = buildDemoCommunity()
const b2Members = community.members.filter((m) => m.orgPath.includes('org-b2') && !m.archived)
const bound = b2Members.filter((m) => m.openid && m._id !== 'm-secretary-2').slice(0, 3)

test('a secretary’s stats count only their branch’s activities, in Beijing months', async () => {
  expect(bound).toHaveLength(3)
  const year = 2026
  // Two past activities of 第二党支部 in October and November (Beijing); a cancelled one is not counted.
  const lesson = await makeActivity(
    { kind: 'partyLesson', title: '党课', audience: { kind: 'org', orgId: 'org-b2' }, points: 5, serviceMinutes: 60 },
    P.otherSecretary.openid,
  )
  const cleanup = await makeActivity(
    { kind: 'volunteer', title: '清扫', audience: { kind: 'org', orgId: 'org-b2' }, points: 10, serviceMinutes: 90 },
    P.otherSecretary.openid,
  )
  const dropped = await makeActivity(
    { kind: 'volunteer', title: '取消的', audience: { kind: 'org', orgId: 'org-b2' } },
    P.otherSecretary.openid,
  )
  for (const m of bound) dataOf(await callAs(m.openid!).activities.signUp({ activityId: lesson.id }))
  for (const m of bound.slice(0, 2)) dataOf(await callAs(m.openid!).activities.signUp({ activityId: cleanup.id }))
  dataOf(await callAs(P.otherSecretary).activities.cancelActivity({ activityId: dropped.id, reason: '下雨' }))
  // Moved into the past after the sign-ups (the stored Beijing month moves with them, as create derives
  // it: 31 Oct 16:30 UTC is 1 November 00:30 in Beijing).
  await setTimes(db, lesson.id, { startAt: new Date('2026-10-10T01:00:00Z'), endAt: new Date('2026-10-10T02:00:00Z') })
  await setTimes(db, cleanup.id, { startAt: new Date('2026-10-31T16:30:00Z'), endAt: new Date('2026-10-31T18:00:00Z') })
  await db
    .collection('activities')
    .doc(lesson.id)
    .update({ data: { startMonth: beijingMonth('2026-10-10T01:00:00Z'), startYear: 2026 } })
  await db
    .collection('activities')
    .doc(cleanup.id)
    .update({ data: { startMonth: beijingMonth('2026-10-31T16:30:00Z'), startYear: 2026 } })
  dataOf(await callAs(P.otherSecretary).activities.confirmAttendance({ activityId: lesson.id, attendedIds: bound.map((m) => m._id) }))
  dataOf(await callAs(P.otherSecretary).activities.confirmAttendance({ activityId: cleanup.id, attendedIds: [bound[0]._id] }))
  dataOf(await callAs(P.otherSecretary).activities.recordMinutes({ activityId: lesson.id, text: '党课：学习党章' }))

  const stats = dataOf(await callAs(P.otherSecretary).activities.stats({ year }))
  expect(stats.perKindMonth).toEqual([
    { month: '2026-10', kind: 'partyLesson', count: 1 },
    { month: '2026-11', kind: 'volunteer', count: 1 },
  ])
  expect(stats).toMatchObject({ signUps: 5, attended: 4 })
  expect(stats.branches).toEqual([
    {
      orgId: 'org-b2',
      name: '第二党支部（临滨苑）',
      members: b2Members.length,
      participants: 3,
      rate: Math.round((3 / b2Members.length) * 1000) / 1000,
      meetings: 1,
    },
  ])
  expect(stats.topVolunteers[0]).toEqual({ maskedName: expect.stringContaining('*'), activities: 2, minutes: 60 + 90 })
  expect(stats.topVolunteers).toHaveLength(3)
  // The first branch's secretary sees none of it.
  const other = dataOf(await callAs(P.secretary).activities.stats({ year }))
  expect(other).toMatchObject({ perKindMonth: [], signUps: 0, attended: 0, topVolunteers: [] })
  expect(other.branches.map((b) => b.orgId)).toEqual(['org-b1'])
})
