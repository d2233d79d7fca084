import { screen, waitFor } from '@testing-library/react'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { formatBeijing } from '@core/time'
import { resetTaroMock } from './mocks/taro'
import { renderInApp, resetMocks } from './helpers/render'

jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ id: 'act-1' }))
jest.mock('../../src/services/activities')

const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const Page = (require('../../src/admin/activities-code/index') as typeof import('../../src/admin/activities-code/index')).default

const MINUTE = 60_000

function activityAt(startAt: Date) {
  const endAt = new Date(startAt.getTime() + 120 * MINUTE)
  return { id: 'act-1', title: '十二月主题党日', kind: 'themeDay', startAt: startAt.toISOString(), endAt: endAt.toISOString() }
}

beforeEach(() => {
  resetTaroMock()
  resetMocks(service)
})

describe('签到码 outside its window', () => {
  it('before the window: says when the code opens, offers no 重试, and shows the code by itself once it opens', async () => {
    // The window opens 30 minutes before the start: here in about half a second.
    const startAt = new Date(Date.now() + 30 * MINUTE + 500)
    service.fetchActivity.mockResolvedValue(ok({ activity: activityAt(startAt) }))
    service.fetchCheckInCode.mockResolvedValueOnce(fail(appError('ACTIVITY.OUTSIDE_CHECKIN_WINDOW'))).mockResolvedValue(
      ok({
        code: '482913',
        qrText: 'honglin:checkin:act-1:in:482913',
        mode: 'in',
        expiresAt: new Date(Date.now() + 30_000).toISOString(),
      }),
    )
    renderInApp(Page)
    const opens = formatBeijing(new Date(startAt.getTime() - 30 * MINUTE), 'MM月DD日 HH:mm')
    expect(await screen.findByText(`签到码将于 ${opens} 开放`)).toBeTruthy()
    expect(screen.getByText(/到时本页自动显示签到码/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
    expect(screen.queryByText('加载没有成功')).toBeNull()

    expect(await screen.findByTestId('checkin-digits', undefined, { timeout: 4000 })).toBeTruthy()
    expect(screen.getByTestId('checkin-digits').textContent).toBe('482913')
    expect(service.fetchCheckInCode).toHaveBeenCalledTimes(2)
  })

  it('after the window: says check-in is over, with no 重试', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: activityAt(new Date(Date.now() - 5 * 60 * MINUTE)) }))
    service.fetchCheckInCode.mockResolvedValue(fail(appError('ACTIVITY.OUTSIDE_CHECKIN_WINDOW')))
    renderInApp(Page)
    expect(await screen.findByText('签到时间已过')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull()
    await waitFor(() => expect(service.fetchCheckInCode).toHaveBeenCalledTimes(1))
  })

  it('any other refusal stays an error with 重试', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: activityAt(new Date(Date.now() + 60 * MINUTE)) }))
    service.fetchCheckInCode.mockResolvedValue(fail(appError('COMMON.FORBIDDEN')))
    renderInApp(Page)
    expect(await screen.findByRole('button', { name: '重试' })).toBeTruthy()
  })
})
