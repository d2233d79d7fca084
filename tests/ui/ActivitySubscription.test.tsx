import { fireEvent, screen, waitFor } from '@testing-library/react'
import { ok } from '@core/envelope'
import { resetTaroMock } from './mocks/taro'
import './helpers/taro-extras'
import { renderInApp, resetMocks } from './helpers/render'
import { activityDetail as activity, signUpView as signUp } from './helpers/more-fixtures'

jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ id: 'act-1' }))
jest.mock('../../src/services/activities')
jest.mock('../../src/services/subscriptions', () => ({ requestSubscription: jest.fn() }))

const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const subscriptions = jest.requireMock<{ requestSubscription: jest.Mock }>('../../src/services/subscriptions')
const Page = (require('../../src/pages/activities-detail/index') as typeof import('../../src/pages/activities-detail/index')).default

const TEMPLATES = [
  { kind: 'reminder', templateId: 't-rem', title: '活动开始提醒' },
  { kind: 'promoted', templateId: 't-pro', title: '候补成功通知' },
  { kind: 'changed', templateId: 't-chg', title: '活动变更通知' },
  { kind: 'cancelled', templateId: 't-can', title: '活动取消通知' },
]

beforeEach(() => {
  resetTaroMock()
  resetMocks(service)
  subscriptions.requestSubscription.mockReset()
  service.fetchSubscriptionTemplates.mockResolvedValue(ok({ templates: TEMPLATES }))
  service.recordSubscription.mockResolvedValue(ok({ accepted: ['reminder'] }))
})

/**
 * 订阅消息 at the sign-up tap: the three templates a sign-up may bring are asked for in the tap, the
 * answer is recorded (each 允许 allows one message), and 提醒 follows what the person allowed.
 */
describe('活动详情 · 报名时请求订阅消息', () => {
  it('asks for reminder, change and cancellation at the tap, records the answer and signs up with the reminder allowed', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: activity() }))
    service.signUpForActivity.mockResolvedValue(ok({ signUp: signUp(), duplicate: false }))
    subscriptions.requestSubscription.mockResolvedValue({ 't-rem': 'accept', 't-chg': 'reject', 't-can': 'accept' })
    renderInApp(Page)
    await screen.findByText('剩 3 个名额（共 20）')
    await waitFor(() => expect(service.fetchSubscriptionTemplates).toHaveBeenCalled())
    await new Promise((resolve) => setTimeout(resolve, 0))
    fireEvent.click(screen.getByRole('button', { name: '报名' }))
    await waitFor(() => expect(service.signUpForActivity).toHaveBeenCalledWith({ activityId: 'act-1', waitlist: false, remind: true }))
    expect(subscriptions.requestSubscription).toHaveBeenCalledWith(['t-rem', 't-chg', 't-can'], true)
    expect(service.recordSubscription).toHaveBeenCalledWith({
      requestId: expect.any(String),
      results: { 't-rem': 'accept', 't-chg': 'reject', 't-can': 'accept' },
    })
  })

  it('records nothing and asks for no reminder when the person allows nothing', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: activity() }))
    service.signUpForActivity.mockResolvedValue(ok({ signUp: signUp({ remind: false }), duplicate: false }))
    subscriptions.requestSubscription.mockResolvedValue({ 't-rem': 'reject', 't-chg': 'reject', 't-can': 'reject' })
    renderInApp(Page)
    await screen.findByText('剩 3 个名额（共 20）')
    fireEvent.click(screen.getByRole('button', { name: '报名' }))
    await waitFor(() => expect(service.signUpForActivity).toHaveBeenCalledWith({ activityId: 'act-1', waitlist: false, remind: false }))
    expect(service.recordSubscription).not.toHaveBeenCalled()
  })
})
