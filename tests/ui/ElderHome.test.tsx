import { act, fireEvent, screen, within } from '@testing-library/react'
import { ok } from '@core/envelope'
import type { MeResponse } from '@core/contract'
import Taro, { taroStorage, triggerDidShow } from './mocks/taro'
import { elderMe, memberMe, visitorMe } from './helpers/fixtures'
import { fetchMe } from './helpers/members-service-mock'
import { renderElementInApp } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'

jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))
jest.mock('../../src/services/notices', () => ({ fetchUnreadCount: jest.fn() }))
jest.mock('../../src/features/elder/systemFont', () => ({ systemPrefersLargeText: jest.fn(() => false) }))

// Required after jest.mock so they see the mocked services (the esbuild transform hoists imports).
const { fetchUnreadCount } = jest.requireMock<{ fetchUnreadCount: jest.Mock }>('../../src/services/notices')
const { resetMe } = require('../../src/features/members/meStore') as typeof import('../../src/features/members/meStore')
const HomePage = (require('../../src/pages/home/index') as typeof import('../../src/pages/home/index')).default

function renderHome(me: MeResponse, { elder = true, unread = 3 } = {}) {
  if (elder) taroStorage.set('honglin.elderMode', 'on')
  fetchMe.mockResolvedValue(ok(me))
  fetchUnreadCount.mockResolvedValue(ok({ unread }))
  return renderElementInApp(<HomePage />)
}

beforeEach(() => {
  resetSignIn()
  fetchUnreadCount.mockReset()
})

describe('首页 in 长辈模式', () => {
  it('shows exactly four big buttons, 通知 carrying the unread count', async () => {
    renderHome(memberMe)
    expect(await screen.findByText('您好，张建国')).toBeTruthy()
    const notices = await screen.findByRole('button', { name: /通知\s*3 条未读/ })
    expect(within(notices).getByText('3 条未读')).toBeTruthy()
    const names = screen.getAllByRole('button').map((button) => button.textContent)
    expect(names).toEqual(['通知3 条未读', '学习', '积分', '找结对人'])
    // The cards of the normal page are not there.
    expect(screen.queryByText('通知公告')).toBeNull()
    expect(screen.queryByText('查看通知')).toBeNull()
  })

  it('shows no badge when every notice has been read', async () => {
    renderHome(memberMe, { unread: 0 })
    await screen.findByText('您好，张建国')
    await screen.findByRole('button', { name: '通知' })
    expect(fetchUnreadCount).toHaveBeenCalled()
    expect(screen.queryByText(/条未读/)).toBeNull()
  })

  it('counts again when the person comes back to 首页 (after reading)', async () => {
    renderHome(memberMe)
    await screen.findByText('3 条未读')
    act(() => triggerDidShow())
    expect(fetchUnreadCount).toHaveBeenCalledTimes(1)
    fetchUnreadCount.mockResolvedValue(ok({ unread: 2 }))
    await act(async () => triggerDidShow())
    expect(await screen.findByText('2 条未读')).toBeTruthy()
    expect(fetchUnreadCount).toHaveBeenCalledTimes(2)
  })

  it('goes to 通知, 学习 and the 积分 tab', async () => {
    renderHome(memberMe)
    fireEvent.click(await screen.findByRole('button', { name: /通知/ }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/notices-list/index' })
    fireEvent.click(screen.getByRole('button', { name: '学习' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/study-list/index' })
    fireEvent.click(screen.getByRole('button', { name: '积分' }))
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/points/index' })
  })

  it('找结对人 shows the helper by name, phones them in one tap, and 返回 comes back', async () => {
    renderHome(memberMe)
    fireEvent.click(await screen.findByRole('button', { name: '找结对人' }))
    const card = screen.getByTestId('elder-helper')
    expect(within(card).getByText('李秀英')).toBeTruthy()
    expect(within(card).getByText('电话：137****2222')).toBeTruthy()
    fireEvent.click(within(card).getByRole('button', { name: '拨打电话' }))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13700002222' })
    expect(screen.queryByRole('button', { name: '通知' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '返回' }))
    expect(screen.getByRole('button', { name: '找结对人' })).toBeTruthy()
  })

  it('says so when nobody is paired yet', async () => {
    renderHome({ ...memberMe, pairing: null })
    fireEvent.click(await screen.findByRole('button', { name: '找结对人' }))
    expect(within(screen.getByTestId('elder-helper')).getByText(/您还没有结对人/)).toBeTruthy()
  })

  it('opens in elder mode for someone flagged 长辈 who never chose, and not once they switched it off', async () => {
    const first = renderHome(elderMe, { elder: false })
    expect(await screen.findByRole('button', { name: '找结对人' })).toBeTruthy()
    first.unmount()

    resetMe()
    taroStorage.set('honglin.elderMode', 'off')
    renderHome(elderMe, { elder: false })
    expect(await screen.findByText('通知公告')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '找结对人' })).toBeNull()
  })

  it('keeps the normal page when elder mode is off, and for a visitor who still has to register', async () => {
    const first = renderHome(memberMe, { elder: false })
    expect(await screen.findByText('通知公告')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '找结对人' })).toBeNull()
    first.unmount()

    resetMe()
    renderHome(visitorMe)
    expect(await screen.findByText('您还未登记')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '找结对人' })).toBeNull()
  })
})
