import { fireEvent, screen } from '@testing-library/react'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import Taro from './mocks/taro'
import { bindingRequestView, residentMe, secretaryMe } from './helpers/more-fixtures'
import { fetchBindingRequests, fetchMe } from './helpers/members-service-mock'
import { renderInApp } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'

jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))
jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))
jest.mock('../../src/services/points', () => ({ ...jest.requireActual('../../src/services/points'), fetchPointsCounts: jest.fn() }))
jest.mock('../../src/services/community', () => ({
  ...jest.requireActual('../../src/services/community'),
  fetchCommunityCounts: jest.fn(),
}))
jest.mock('../../src/services/activities', () => ({
  ...jest.requireActual('../../src/services/activities'),
  fetchActivitiesCounts: jest.fn(),
}))

const { fetchPointsCounts } = jest.requireMock<{ fetchPointsCounts: jest.Mock }>('../../src/services/points')
const { fetchCommunityCounts } = jest.requireMock<{ fetchCommunityCounts: jest.Mock }>('../../src/services/community')
const { fetchActivitiesCounts } = jest.requireMock<{ fetchActivitiesCounts: jest.Mock }>('../../src/services/activities')
const { resetPendingBindingCount } =
  require('../../src/features/binding/pendingCountStore') as typeof import('../../src/features/binding/pendingCountStore')
const HomePage = (require('../../src/pages/home/index') as typeof import('../../src/pages/home/index')).default

beforeEach(() => {
  resetSignIn()
  resetPendingBindingCount()
  fetchBindingRequests.mockResolvedValue(ok({ items: [bindingRequestView()], nextCursor: null }))
  fetchPointsCounts.mockReset().mockResolvedValue(ok({ deeds: 3, adjustments: 1, orders: 0 }))
  fetchCommunityCounts.mockReset().mockResolvedValue(ok({ wishes: 2, tickets: 0 }))
  fetchActivitiesCounts.mockReset().mockResolvedValue(ok({ leaves: 1 }))
})

describe('首页 待办', () => {
  it('shows a manager what waits, with counts, each line opening its list; nothing for what does not wait', async () => {
    fetchMe.mockResolvedValue(ok(secretaryMe))
    renderInApp(HomePage)
    expect(await screen.findByText('待审核的日行一善 3 条')).toBeTruthy()
    expect(screen.getByText('待审核的绑定申请 1 条')).toBeTruthy()
    expect(screen.getByText('待批准的积分调整 1 条')).toBeTruthy()
    expect(screen.getByText('待审核的微心愿 2 条')).toBeTruthy()
    expect(screen.getByText('待批的会议请假 1 条')).toBeTruthy()
    expect(screen.queryByText(/待核销的兑换|待受理的诉求/)).toBeNull()
    fireEvent.click(screen.getByText('待审核的日行一善 3 条'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/admin/points-deeds/index' })
    fireEvent.click(screen.getByText('待批的会议请假 1 条'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/admin/activities-manage/index' })
  })

  it('says 暂无待办 when nothing waits, and offers 重试 when an area did not answer', async () => {
    fetchMe.mockResolvedValue(ok(secretaryMe))
    fetchBindingRequests.mockResolvedValue(ok({ items: [], nextCursor: null }))
    fetchPointsCounts.mockResolvedValue(ok({ deeds: 0, adjustments: 0, orders: 0 }))
    fetchCommunityCounts.mockResolvedValueOnce(fail(appError('COMMON.INTERNAL'))).mockResolvedValue(ok({ wishes: 0, tickets: 0 }))
    fetchActivitiesCounts.mockResolvedValue(ok({ leaves: 0 }))
    renderInApp(HomePage)
    expect(await screen.findByText('有的待办没有读取成功')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(await screen.findByText('暂无待办，辛苦了。')).toBeTruthy()
    expect(screen.queryByText('有的待办没有读取成功')).toBeNull()
  })

  it('is not shown to residents, and nothing is counted for them', async () => {
    fetchMe.mockResolvedValue(ok(residentMe))
    renderInApp(HomePage)
    await screen.findByText('您好，赵丽娜')
    expect(screen.queryByText('待办')).toBeNull()
    expect(fetchPointsCounts).not.toHaveBeenCalled()
    expect(fetchCommunityCounts).not.toHaveBeenCalled()
    expect(fetchActivitiesCounts).not.toHaveBeenCalled()
  })
})
