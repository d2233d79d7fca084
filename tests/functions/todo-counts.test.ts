/**
 * 首页 待办: each area's `counts` answers numbers scoped to the manager, the same as their lists
 * show; residents and members are refused.
 */
import { seedCommunityWork } from '../../server/seed/community-work'
import { seedPoints } from '../../server/seed/points'
import { callAs, codeOf, dataOf, P } from '../support'
import { useCommunityDb } from './helpers'

jest.setTimeout(120_000)
const db = useCommunityDb('todo-counts', seedPoints, seedCommunityWork)

const everyPage = async <T>(load: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>) => {
  const items: T[] = []
  let cursor: string | undefined
  do {
    const page = await load(cursor)
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

test('points: pending deeds in the subtree, adjustments someone else proposed, orders to hand over (admins)', async () => {
  for (const who of [P.secretary, P.admin]) {
    const counts = dataOf(await callAs(who).points.counts())
    const deeds = await everyPage(async (cursor) =>
      dataOf(await callAs(who).points.goodDeeds(cursor ? { status: 'pending', cursor } : { status: 'pending' })),
    )
    expect(counts.deeds).toBe(deeds.length)
    expect(counts.adjustments).toBe(0)
  }
  expect(dataOf(await callAs(P.secretary).points.counts()).orders).toBe(0)
  expect(dataOf(await callAs(P.admin).points.counts()).orders).toBe(dataOf(await callAs(P.admin).points.summary()).pendingOrders)
  expect(dataOf(await callAs(P.admin).points.counts()).deeds).toBeGreaterThan(0)

  // The lone admin's own adjustment is not theirs to approve; it waits for a secretary (the one-admin rule).
  dataOf(await callAs(P.admin).points.updateSettings({ adjustThreshold: 10 }))
  dataOf(await callAs(P.admin).points.adjust({ requestId: 'todo-adj-1', personId: P.resident.id, amount: 50, reason: '组织楼道清洁' }))
  expect(dataOf(await callAs(P.admin).points.counts()).adjustments).toBe(0)
  expect(dataOf(await callAs(P.secretary).points.counts()).adjustments).toBe(1)

  for (const who of [P.resident, P.member]) expect(codeOf(await callAs(who).points.counts())).toBe('COMMON.FORBIDDEN')
})

test('community: wishes to review and tickets to accept, by subtree', async () => {
  for (const who of [P.secretary, P.otherSecretary, P.admin]) {
    const counts = dataOf(await callAs(who).community.counts())
    const wishes = await everyPage(async (cursor) => dataOf(await callAs(who).community.pendingWishes(cursor ? { cursor } : {})))
    const tickets = await everyPage(async (cursor) =>
      dataOf(await callAs(who).community.ticketQueue(cursor ? { status: 'reported', cursor } : { status: 'reported' })),
    )
    expect(counts).toEqual({ wishes: wishes.length, tickets: tickets.length })
  }
  expect(dataOf(await callAs(P.secretary).community.counts()).wishes).toBe(1)
  expect(codeOf(await callAs(P.resident).community.counts())).toBe('COMMON.FORBIDDEN')
})

test('activities: undecided leave requests for meetings in the manager’s subtree only', async () => {
  await db
    .collection('activities')
    .add({ data: { _id: 'todo-meeting', kind: 'branchMeeting', title: '支部党员大会', scopePath: ['org-committee', 'org-b1'] } })
  const leave = (memberId: string, status: string) => ({
    _id: `todo-meeting:${memberId}`,
    activityId: 'todo-meeting',
    memberId,
    memberName: memberId,
    mark: 'absent',
    leave: { reason: '住院', status, requestedAt: new Date(), decidedAt: null, decidedByName: null },
    updatedAt: new Date(),
  })
  await db.collection('meetingAttendees').add({ data: [leave('m-a', 'pending'), leave('m-b', 'pending'), leave('m-c', 'approved')] })
  expect(dataOf(await callAs(P.secretary).activities.counts())).toEqual({ leaves: 2 })
  expect(dataOf(await callAs(P.admin).activities.counts())).toEqual({ leaves: 2 })
  expect(dataOf(await callAs(P.otherSecretary).activities.counts())).toEqual({ leaves: 0 })
  expect(codeOf(await callAs(P.member).activities.counts())).toBe('COMMON.FORBIDDEN')
})
