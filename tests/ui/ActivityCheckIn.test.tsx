import { fireEvent, screen, waitFor } from '@testing-library/react'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { resetTaroMock } from './mocks/taro'
import { renderInApp, resetMocks } from './helpers/render'

jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ id: 'act-1' }))
jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))
jest.mock('../../src/services/activities')

const { activityDetail } = require('./helpers/more-fixtures') as typeof import('./helpers/more-fixtures')
const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const Page = (require('../../src/pages/activities-checkin/index') as typeof import('../../src/pages/activities-checkin/index')).default
const { parseCheckInQr } = require('../../src/features/activities/useCheckIn') as typeof import('../../src/features/activities/useCheckIn')

const signUp = { personName: '赵丽娜', checkedInAt: '2025-12-20T00:58:00.000Z', checkedOutAt: '2025-12-20T03:01:00.000Z' }

const renderPage = () => renderInApp(Page)

beforeEach(() => {
  resetTaroMock()
  resetMocks(service)
  service.fetchMySignUps.mockResolvedValue(ok({ items: [], nextCursor: null }))
})

const typeCode = (code: string) => fireEvent.change(screen.getByLabelText('6 位数字'), { target: { value: code } })
const press = (name: string) => fireEvent.click(screen.getAllByRole('button').find((b) => b.textContent === name)!)

describe('签到签退 (H5: typed code)', () => {
  it('names the activity it was opened for', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: activityDetail() }))
    renderPage()
    expect(await screen.findByText('琼林苑环境清洁')).toBeTruthy()
    expect(screen.getByTestId('checkin-activity').textContent).toContain('琼林苑北门')
    expect(service.fetchActivity).toHaveBeenCalledWith('act-1')
  })

  it('checks in with the 6 digits and says when', async () => {
    service.checkIn.mockResolvedValue(ok({ signUp, duplicate: false }))
    renderPage()
    typeCode('123456')
    press('签到')
    expect(await screen.findByText('✓ 签到成功')).toBeTruthy()
    expect(service.checkIn).toHaveBeenCalledWith({ activityId: 'act-1', code: '123456' })
    expect(screen.getByText(/赵丽娜，签到时间 08:58/)).toBeTruthy()
  })

  it('refuses anything but 6 digits without calling the server', async () => {
    renderPage()
    typeCode('12345')
    press('签到')
    expect(await screen.findByText('⚠ 签到码为 6 位数字')).toBeTruthy()
    expect(service.checkIn).not.toHaveBeenCalled()
  })

  it('says what was credited when check-out credits at once (no confirmation step)', async () => {
    service.checkOut.mockResolvedValue(
      ok({ signUp: { ...signUp, attended: true, creditedMinutes: 120, creditedPoints: 10 }, duplicate: false }),
    )
    renderPage()
    fireEvent.click(screen.getByRole('radio', { name: '签退' }))
    typeCode('654321')
    press('签退')
    expect(await screen.findByText(/赵丽娜，签退时间 11:01。已计入志愿时长 2 小时、积分 10。/)).toBeTruthy()
  })

  it('explains an invalid or expired code and a closed window in plain words', async () => {
    service.checkIn
      .mockResolvedValueOnce(fail(appError('ACTIVITY.CODE_INVALID')))
      .mockResolvedValueOnce(fail(appError('ACTIVITY.OUTSIDE_CHECKIN_WINDOW')))
    renderPage()
    typeCode('000000')
    press('签到')
    expect(await screen.findByText('⚠ 没有签到成功')).toBeTruthy()
    expect(screen.getByText(/签到码不对或已过期/)).toBeTruthy()
    press('签到')
    expect(await screen.findByText(/现在不在签到时间内/)).toBeTruthy()
  })

  it('checks out in 签退 mode, and says a repeated check-out changed nothing', async () => {
    service.checkOut.mockResolvedValue(ok({ signUp, duplicate: true }))
    renderPage()
    fireEvent.click(screen.getByRole('radio', { name: '签退' }))
    typeCode('654321')
    press('签退')
    expect(await screen.findByText('✓ 您已签退过了')).toBeTruthy()
    await waitFor(() => expect(service.checkOut).toHaveBeenCalledWith({ activityId: 'act-1', code: '654321' }))
    expect(service.checkIn).not.toHaveBeenCalled()
    expect(screen.getByText(/在组织者确认出勤后计入/)).toBeTruthy()
  })

  it('reads the organiser’s QR text and nothing else', () => {
    expect(parseCheckInQr('honglin:checkin:act-1:out:012345')).toEqual({ activityId: 'act-1', mode: 'out', code: '012345' })
    expect(parseCheckInQr('honglin:checkin:act-1:in:12345')).toBeNull()
    expect(parseCheckInQr('https://example.com/?code=123456')).toBeNull()
  })
})
