import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { ActivityListItem } from '@core/contract'
import { ok } from '@core/envelope'
import Taro from './mocks/taro'
import { resetTaroMock } from './mocks/taro'
import { activityItem, residentMe } from './helpers/more-fixtures'
import { renderInApp, resetMocks } from './helpers/render'

jest.mock('../../src/services/members', () => ({ fetchMe: jest.fn() }))
jest.mock('../../src/services/activities')

const { fetchMe } = jest.requireMock<{ fetchMe: jest.Mock }>('../../src/services/members')
const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const { resetMe } = require('../../src/features/members/meStore') as typeof import('../../src/features/members/meStore')
const Page = (require('../../src/pages/activities/index') as typeof import('../../src/pages/activities/index')).default

function item(id: string, title: string, overrides: Partial<ActivityListItem> = {}): ActivityListItem {
  return activityItem({ id, title, ...overrides })
}

const renderPage = () => renderInApp(Page)

beforeEach(() => {
  resetTaroMock()
  resetMe()
  fetchMe.mockReset().mockResolvedValue(ok(residentMe))
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
