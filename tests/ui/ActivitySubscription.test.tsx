import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { ActivityDetail, SignUpView } from '@core/contract'
import { ok } from '@core/envelope'
import { resetTaroMock } from './mocks/taro'
import { resetTaroExtras } from './helpers/taro-extras'
import { renderInApp, resetMocks } from './helpers/render'
import { activityItem } from './helpers/more-fixtures'

jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ id: 'act-1' }))
jest.mock('../../src/services/activities')
jest.mock('../../src/services/subscriptions', () => ({ requestSubscription: jest.fn() }))

const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const subscriptions = jest.requireMock<{ requestSubscription: jest.Mock }>('../../src/services/subscriptions')
const Page = (require('../../src/pages/activities-detail/index') as typeof import('../../src/pages/activities-detail/index')).default

/** 2099-12-20 09:00–11:00 Beijing: always in the future. */
function activity(overrides: Partial<ActivityDetail> = {}): ActivityDetail {
  return {
    ...activityItem({ serviceMinutes: 120 }),
    description: '请带手套。',
    signUpOpensAt: null,
    signUpClosesAt: null,
    cancelDeadline: '2099-12-20T00:00:00.000Z',
    requiresConfirmation: true,
    cancelReason: null,
    organizerName: '刘秀英',
    canSignUp: true,
    signUpBlockedBy: null,
    mySignUp: null,
    elders: [],
    canManage: false,
    attendanceConfirmedAt: null,
    version: 1,
    ...overrides,
  }
}

function signUp(overrides: Partial<SignUpView> = {}): SignUpView {
  return {
    id: 'act-1:r-0001',
    activityId: 'act-1',
    personId: 'r-0001',
    personName: '赵丽娜',
    status: 'confirmed',
    waitlistPosition: null,
    actedByName: null,
    remind: true,
    signedUpAt: '2099-12-01T02:00:00.000Z',
    checkedInAt: null,
    checkedOutAt: null,
    attended: false,
    creditedMinutes: 0,
    creditedPoints: 0,
    ...overrides,
  }
}

const TEMPLATES = [
  { kind: 'reminder', templateId: 't-rem', title: '活动开始提醒' },
  { kind: 'promoted', templateId: 't-pro', title: '候补成功通知' },
  { kind: 'changed', templateId: 't-chg', title: '活动变更通知' },
  { kind: 'cancelled', templateId: 't-can', title: '活动取消通知' },
]

beforeEach(() => {
  resetTaroMock()
  resetTaroExtras()
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
