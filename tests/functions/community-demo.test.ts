/** The demo 微心愿 and 民生诉求, written into a local cloud env, fill the wall, 问题墙, the queues and the numbers. */
import { seedCommunityWork } from '../../server/seed/community-work'
import { callAs, dataOf, P } from '../support'
import { useCommunityDb } from './helpers'

jest.setTimeout(120_000)

useCommunityDb('community-demo', seedCommunityWork)

test('问题墙 shows 海福巷3号’s drain and path, solved within the clock, the reporter masked', async () => {
  const wall = dataOf(await callAs('visitor-demo').community.problemWall({}))
  expect(wall.items.map((i) => i.handlerName).sort()).toEqual(['光华路街道城管科', '市政部门'])
  expect(wall.items.every((i) => i.reporterName === '赵*娜' && i.building === '海福巷3号')).toBe(true)
  const mine = dataOf(await callAs(P.resident).community.myTickets({}))
  expect(mine.items.map((t) => t.status)).toEqual(['rated', 'rated'])
})

test('the wall has open wishes, the secretary one to review, the elder one to confirm', async () => {
  expect(dataOf(await callAs(P.resident).community.wishWall({})).items).toHaveLength(2)
  expect(dataOf(await callAs(P.secretary).community.pendingWishes({})).items.map((w) => w.title)).toEqual(['孩子想要几本课外书'])
  const elders = dataOf(await callAs(P.elder).community.myWishes({})).items
  expect(elders.find((w) => w.status === 'fulfilled')).toMatchObject({ myPart: 'wisher', title: '每周帮忙买一次菜' })
  // The patrol finding is in the branch's queue, on its clock.
  const queue = dataOf(await callAs(P.secretary).community.ticketQueue({ status: 'inProgress' })).items
  expect(queue[0]).toMatchObject({ kind: 'patrol', clock: 'onTime' })
  const numbers = dataOf(await callAs(P.admin).community.ticketNumbers({}))
  expect(numbers).toMatchObject({ total: 3, open: 1, overdue: 0 })
  expect(numbers.medianDaysToClose).toBe(23.5)
})
