import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { ActivityListItem } from '@core/contract'
import { ok } from '@core/envelope'
import Taro from './mocks/taro'
import { memberMe } from './helpers/fixtures'
import { activityItem, residentMe } from './helpers/more-fixtures'
import { fetchMe } from './helpers/members-service-mock'
import { renderInApp, resetMocks } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'

/** What the page was opened with (a helper's elder card adds forPersonId and the name). */
const mockRoute: Record<string, string> = {}
jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith(mockRoute))
jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))
jest.mock('../../src/services/activities')

const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const { resetMe } = require('../../src/features/members/meStore') as typeof import('../../src/features/members/meStore')
const Page = (require('../../src/pages/activities/index') as typeof import('../../src/pages/activities/index')).default

function item(id: string, title: string, overrides: Partial<ActivityListItem> = {}): ActivityListItem {
  return activityItem({ id, title, ...overrides })
}

const renderPage = () => renderInApp(Page)

beforeEach(() => {
  for (const key of Object.keys(mockRoute)) delete mockRoute[key]
  resetSignIn()
  fetchMe.mockResolvedValue(ok(residentMe))
  resetMocks(service)
})

describe('活动 tab', () => {
  it('shows seats left, 已满 with the waitlist, 不限人数 and my status; opens an activity', async () => {
    service.fetchActivities.mockResolvedValue(
      ok({
        items: [
          item('a1', '楼道清洁'),
          item('a2', '十二月主题党日', { kind: 'themeDay', seatsLeft: 0, confirmedCount: 20, waitlistCount: 4, myStatus: 'waitlisted' }),
          item('a3', '睦邻茶话会', { kind: 'neighbourhood', capacity: null, seatsLeft: null, confirmedCount: 36 }),
        ],
        nextCursor: null,
      }),
    )
    renderPage()
    expect(await screen.findByText('剩 3 个名额（共 20）')).toBeTruthy()
    expect(screen.getByText('已满 · 候补 4 人')).toBeTruthy()
    expect(screen.getByText('候补中')).toBeTruthy()
    expect(screen.getByText('不限人数 · 已报名 36 人')).toBeTruthy()
    expect(screen.getAllByText(/12月20日 09:00–11:00/)).toHaveLength(3)
    fireEvent.click(screen.getByText('十二月主题党日'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/activities-detail/index?id=a2' })
  })

  it('opened for a paired elder: says so, and an activity opens with that elder chosen', async () => {
    Object.assign(mockRoute, { forPersonId: 'r-0017', name: encodeURIComponent('王秀兰') })
    service.fetchActivities.mockResolvedValue(ok({ items: [item('a1', '重阳敬老茶话会')], nextCursor: null }))
    renderPage()
    expect((await screen.findByTestId('for-elder-hint')).textContent).toContain('帮王秀兰报名')
    expect(screen.getByText('为王秀兰报名活动')).toBeTruthy()
    fireEvent.click(await screen.findByText('重阳敬老茶话会'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/activities-detail/index?id=a1&forPersonId=r-0017&name=${encodeURIComponent('王秀兰')}`,
    })
  })

  it('a past activity says 已结束, not 已报名 or seats left', async () => {
    service.fetchActivities.mockResolvedValue(
      ok({
        items: [
          item('old', '十一月楼道清洁', { startAt: '2020-11-20T01:00:00.000Z', endAt: '2020-11-20T03:00:00.000Z', myStatus: 'confirmed' }),
        ],
        nextCursor: null,
      }),
    )
    renderPage()
    await screen.findByText('十一月楼道清洁')
    expect(screen.getAllByText('已结束').length).toBeGreaterThan(0)
    expect(screen.queryByText('已报名')).toBeNull()
    expect(screen.queryByText(/剩 \d+ 个名额/)).toBeNull()
  })

  it('shows residents only the kinds they can join; members see the common ones first and the rest on 更多类型', async () => {
    service.fetchActivities.mockResolvedValue(ok({ items: [], nextCursor: null }))
    const first = renderPage()
    await screen.findByRole('radio', { name: '志愿服务' })
    for (const meeting of ['支委会', '党小组会', '支部党员大会', '主题党日'])
      expect(screen.queryByRole('radio', { name: meeting })).toBeNull()
    expect(screen.queryByRole('radio', { name: '更多类型…' })).toBeNull()
    first.unmount()

    resetMe()
    fetchMe.mockResolvedValue(ok(memberMe))
    renderPage()
    fireEvent.click(await screen.findByRole('radio', { name: '更多类型…' }))
    expect(screen.getByRole('radio', { name: '支委会' })).toBeTruthy()
    expect(screen.queryByRole('radio', { name: '更多类型…' })).toBeNull()
  })

  it('filters by kind with the chips, and pages 20 at a time with 加载更多', async () => {
    service.fetchActivities.mockImplementation(async (kind: string | null, cursor?: string) =>
      ok(
        cursor
          ? { items: [item('p2', '第二页的活动')], nextCursor: null }
          : { items: [item(`k-${kind}`, kind ? `只有${kind}` : '第一页的活动')], nextCursor: 'c1' },
      ),
    )
    renderPage()
    await screen.findByText('第一页的活动')
    expect(service.fetchActivities).toHaveBeenLastCalledWith(null, undefined)
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }))
    expect(await screen.findByText('第二页的活动')).toBeTruthy()
    expect(service.fetchActivities).toHaveBeenLastCalledWith(null, 'c1')

    fireEvent.click(screen.getByRole('radio', { name: '微党课' }))
    expect(await screen.findByText('只有microLesson')).toBeTruthy()
    expect(screen.queryByText('第一页的活动')).toBeNull()
    await waitFor(() => expect(service.fetchActivities).toHaveBeenLastCalledWith('microLesson', undefined))
  })

  it('says when there is nothing of that kind', async () => {
    service.fetchActivities.mockResolvedValue(ok({ items: [], nextCursor: null }))
    renderPage()
    fireEvent.click(await screen.findByRole('radio', { name: '红色家访' }))
    expect(await screen.findByText('近期没有红色家访')).toBeTruthy()
  })
})
