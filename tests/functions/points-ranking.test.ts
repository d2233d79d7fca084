/**
 * Rankings come from the period totals kept by each posting (attendance credits included): masked
 * names, points order, opt-outs left out (also right after opting out in 我的), my own rank always.
 */
import type { RequestOf } from '../../core/contract'
import type { PointTotalDoc } from '../../core/points/model'
import { periodsOf } from '../../core/points/posting'
import { callAs, codeOf, dataOf, P, unchecked, type Who } from '../support'
import { docOf, useCommunityDb } from './helpers'
import { credit } from './points-fixtures'

jest.setTimeout(120_000)
const db = useCommunityDb('points-ranking')

beforeAll(async () => {
  await credit(P.member.id, 90, `attendance:a-1:${P.member.id}`)
  await credit(P.elder.id, 70, `attendance:a-1:${P.elder.id}`)
  await credit(P.resident.id, 50, `attendance:a-1:${P.resident.id}`)
  await credit(P.otherSecretary.id, 80, `attendance:a-1:${P.otherSecretary.id}`)
})

type Board = RequestOf<'points', 'leaderboard'>
const board = (who: Who, period: Board['period'] = 'month', scope: Board['scope'] = 'community') =>
  callAs(who).points.leaderboard({ period, scope })

test('an attendance credit lands in this month, this year and all time, with name and branch', async () => {
  const [month, year, all] = periodsOf(new Date())
  for (const period of [month, year, all]) {
    const total = await docOf<PointTotalDoc>(db, 'pointTotals', `${period}:${P.resident.id}`)
    expect(total).toMatchObject({ points: 50, minutes: 60, maskedName: '赵*娜', building: '琼林苑3栋', branchId: 'org-b1', optOut: false })
  }
  expect((await docOf<PointTotalDoc>(db, 'pointTotals', `${month}:${P.elder.id}`))?.branchId).toBe('org-b1')
})

test('the community ranking is ordered, masked, and shows my own rank', async () => {
  const result = dataOf(await board(P.resident.openid))
  expect(result.items.map((r) => [r.rank, r.maskedName, r.points])).toEqual([
    [1, '张*东', 90],
    [2, '陈*明', 80],
    [3, '李*兰', 70],
    [4, '赵*娜', 50],
  ])
  expect(result.items.find((r) => r.me)?.maskedName).toBe('赵*娜')
  expect(result.me).toEqual({ rank: 4, points: 50, optOut: false })
  expect(JSON.stringify(result)).not.toMatch(/张晓东|李桂兰|赵丽娜/)
})

test('branch and building rankings keep to the caller’s branch and building', async () => {
  const branch = dataOf(await board(P.resident.openid, 'year', 'branch'))
  expect(branch.items.map((r) => r.maskedName)).toEqual(['张*东', '李*兰', '赵*娜'])
  const building = dataOf(await board(P.elder.openid, 'all', 'building'))
  expect(building.items.map((r) => r.maskedName)).toEqual(['李*兰', '赵*娜'])
  expect(building.me).toMatchObject({ rank: 1, points: 70 })
})

test('someone who opts out disappears from everyone’s ranking at once but still sees their own rank', async () => {
  dataOf((await callAs(P.member).members.setRankingOptOut({ optOut: true })) as never)
  const others = dataOf(await board(P.resident.openid))
  expect(others.items.map((r) => r.maskedName)).toEqual(['陈*明', '李*兰', '赵*娜'])
  expect(others.me?.rank).toBe(3)
  const own = dataOf(await board(P.member.openid))
  expect(own.items.some((r) => r.me)).toBe(false)
  expect(own.me).toEqual({ rank: 1, points: 90, optOut: true })

  dataOf((await callAs(P.member).members.setRankingOptOut({ optOut: false })) as never)
  await board(P.member.openid)
  expect(dataOf(await board(P.resident.openid)).items[0].maskedName).toBe('张*东')
})

test('someone with no points this period has no rank; bad periods and scopes are refused', async () => {
  const result = dataOf(await board(P.admin.openid))
  expect(result.me).toEqual({ rank: null, points: 0, optOut: false })
  expect(codeOf(await board(P.admin, unchecked('week')))).toBe('COMMON.VALIDATION')
  expect(codeOf(await board(P.admin, 'month', unchecked('city')))).toBe('COMMON.VALIDATION')
  expect(codeOf(await board('visitor-x'))).toBe('COMMON.FORBIDDEN')
})
