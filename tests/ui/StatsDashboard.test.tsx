import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { DashboardResponse } from '@core/contract'
import { ok } from '@core/envelope'
import { emptyNumbers } from '@core/stats/model'
import { monthsEndingWith } from '@core/stats/months'
import { memberMe } from './helpers/fixtures'
import { fetchMe } from './helpers/members-service-mock'
import { renderInApp, resetMocks } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'

jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({}))
jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))
jest.mock('../../src/services/stats', () => ({ fetchDashboard: jest.fn(), refreshStats: jest.fn() }))

const stats = jest.requireMock<Record<string, jest.Mock>>('../../src/services/stats')
const Page = (require('../../src/admin/stats-dashboard/index') as typeof import('../../src/admin/stats-dashboard/index')).default

const MONTHS = monthsEndingWith('2026-12', 6)

function board(level: 'committee' | 'branch'): DashboardResponse {
  return {
    org: level === 'committee' ? { id: 'org-committee', name: '滨湖世纪社区党委', level } : { id: 'org-b1', name: '第一党支部', level },
    months: MONTHS.map((month, i) => ({
      month,
      computed: true,
      ...emptyNumbers(),
      members: 34,
      activities: i + 1,
      attended: 10 * (i + 1),
      volunteerMinutes: 120 * (i + 1),
      pointsIssued: 50,
      pointsRedeemed: 20,
      openBalance: 400 + i,
      studyYearMinutes: 34 * 45 * 20,
      studyTargetMinutes: 34 * 45 * 32,
      studyBelowTarget: 12,
      studySelfMinutes: 600,
      studyDeliveryMinutes: 120,
      notices: 2,
      noticeExpected: 68,
      noticeRead: 51,
      meetingsRequired: month.endsWith('-12') || month.endsWith('-09') ? 4 : 2,
      meetingsHeld: month === '2026-10' ? 1 : month.endsWith('-12') || month.endsWith('-09') ? 4 : 2,
    })),
    branches:
      level === 'committee'
        ? [
            {
              orgId: 'org-b1',
              name: '第一党支部',
              members: 34,
              activities: 9,
              participants: 80,
              volunteerMinutes: 900,
              pointsIssued: 120,
              pointsRedeemed: 40,
              openBalance: 300,
              studyYearMinutes: 34 * 45 * 20,
              studyTargetMinutes: 34 * 45 * 32,
              studyBelowTarget: 12,
              noticeExpected: 68,
              noticeRead: 51,
              meetingsRequired: 16,
              meetingsHeld: 15,
            },
            {
              orgId: 'org-b2',
              name: '第二党支部',
              members: 32,
              activities: 7,
              participants: 60,
              volunteerMinutes: 600,
              pointsIssued: 90,
              pointsRedeemed: 30,
              openBalance: 200,
              studyYearMinutes: 32 * 45 * 33,
              studyTargetMinutes: 32 * 45 * 32,
              studyBelowTarget: 3,
              noticeExpected: 64,
              noticeRead: 60,
              meetingsRequired: 16,
              meetingsHeld: 16,
            },
          ]
        : [],
    computedAt: '2026-12-02T18:30:00.000Z',
    documentsRead: level === 'committee' ? 18 : 6,
  }
}

beforeEach(() => {
  resetSignIn()
  resetMocks(stats)
})

describe('数据看板', () => {
  it('a secretary reads every chart’s numbers as text, months in words, and each chart links to its list', async () => {
    fetchMe.mockResolvedValue(ok({ ...memberMe, role: 'secretary' }))
    stats.fetchDashboard.mockResolvedValue(ok(board('branch')))
    renderInApp(Page)
    expect((await screen.findByTestId('dashboard-activities')).textContent).toBe('共 21 场活动，参与 210 人次')
    expect(stats.fetchDashboard).toHaveBeenCalledWith({ months: 6 })
    const activities = screen.getByTestId('chart-activities')
    expect(activities.getAttribute('aria-label')).toContain('2026年7月：活动 1 场，参与 10 人次')
    expect(within(activities).getByText('12月')).toBeTruthy()
    expect(screen.getByTestId('dashboard-balance').textContent).toBe('未兑付余额 405 分')
    expect(screen.getByTestId('dashboard-study').textContent).toBe('今年人均 20 学时，目标 32 学时')
    expect(screen.getByTestId('dashboard-meetings').textContent).toBe('应开 16 次，已开 15 次')
    expect(screen.getByTestId('chart-meetings').getAttribute('aria-label')).toContain('10月：应开 2 次，已开 1 次，缺 1 次')
    expect(screen.getByTestId('chart-notices').getAttribute('aria-label')).toContain('阅读率 75%')
    expect(screen.queryByText('重新计算本月和上月')).toBeNull()
    expect(screen.queryByText('道德银行总览 ›')).toBeNull()

    fireEvent.click(screen.getByText('组织生活台账 ›'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/admin/org-life-record/index?orgId=org-b1' })
    fireEvent.click(screen.getByText('学习情况与未达标名单 ›'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/admin/study-figures/index?orgId=org-b1' })
  })

  it('the committee sees its branches, opens one, switches to 12 months and recomputes', async () => {
    fetchMe.mockResolvedValue(ok({ ...memberMe, role: 'admin' }))
    stats.fetchDashboard.mockImplementation(async (data: { orgId?: string }) => ok(board(data.orgId ? 'branch' : 'committee')))
    stats.refreshStats.mockResolvedValue(ok({ months: ['2026-11', '2026-12'], orgs: 5, written: 10, changed: [] }))
    renderInApp(Page)
    expect(await screen.findAllByTestId('dashboard-branch')).toHaveLength(2)
    expect(screen.getByTestId('chart-study').getAttribute('aria-label')).toContain('第二党支部：人均 33 学时，目标 32 学时')
    expect(screen.getByTestId('chart-meetings').getAttribute('aria-label')).toContain('第一党支部：应开 16 次，已开 15 次，缺 1 次')

    fireEvent.click(within(screen.getByRole('radiogroup', { name: '范围' })).getByText('第一党支部'))
    await waitFor(() => expect(stats.fetchDashboard).toHaveBeenLastCalledWith({ months: 6, orgId: 'org-b1' }))
    fireEvent.click(screen.getByText('近 12 个月'))
    await waitFor(() => expect(stats.fetchDashboard).toHaveBeenLastCalledWith({ months: 12, orgId: 'org-b1' }))

    fireEvent.click(await screen.findByText('重新计算本月和上月'))
    await waitFor(() => expect(stats.refreshStats).toHaveBeenCalledTimes(1))
  })

  it('says so when the numbers fail to load, with a way to retry', async () => {
    fetchMe.mockResolvedValue(ok({ ...memberMe, role: 'secretary' }))
    stats.fetchDashboard.mockResolvedValueOnce({ ok: false, error: { code: 'COMMON.INTERNAL', message: '服务出错了' } })
    stats.fetchDashboard.mockResolvedValue(ok(board('branch')))
    renderInApp(Page)
    fireEvent.click(await screen.findByText('重试'))
    expect(await screen.findByTestId('dashboard-activities')).toBeTruthy()
  })
})
