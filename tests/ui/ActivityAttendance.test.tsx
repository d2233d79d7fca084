import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { AttendanceResponse, AttendanceRow } from '@core/contract'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import Taro, { resetTaroMock } from './mocks/taro'
import { taroExtras } from './helpers/taro-extras'
import { renderInApp, resetMocks } from './helpers/render'
import { builder } from './helpers/builder'

jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ id: 'act-1' }))
jest.mock('../../src/services/activities')
jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))

const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const Page = (require('../../src/admin/activities-attendance/index') as typeof import('../../src/admin/activities-attendance/index'))
  .default

function row(personId: string, name: string, overrides: Partial<AttendanceRow> = {}): AttendanceRow {
  return {
    personId,
    name,
    phoneMasked: '138****0001',
    status: 'confirmed',
    checkedInAt: null,
    checkedOutAt: null,
    minutes: 0,
    attended: false,
    credited: false,
    ...overrides,
  }
}

const CHECKED_IN = { checkedInAt: '2025-12-20T01:00:00.000Z', checkedOutAt: '2025-12-20T02:30:00.000Z', minutes: 90, attended: true }

const attendance = builder<AttendanceResponse>(() => ({
  activityId: 'act-1',
  title: '十二月主题党日',
  startAt: '2025-12-20T01:00:00.000Z',
  endAt: '2025-12-20T03:00:00.000Z',
  phase: 'ended',
  checkInOpensAt: '2025-12-20T00:30:00.000Z',
  checkInClosesAt: '2025-12-20T03:30:00.000Z',
  checkInOpen: true,
  rows: [row('m-1', '张晓东', CHECKED_IN), row('m-2', '李桂兰'), row('m-3', '王芳', { status: 'waitlisted' })],
  confirmedAt: null,
  minutesRecord: null,
}))

const renderPage = () => renderInApp(Page)

beforeEach(() => {
  resetTaroMock()
  resetMocks(service)
  service.fetchActivity.mockResolvedValue(ok({ activity: { id: 'act-1', kind: 'volunteer', points: 10, serviceMinutes: 120 } }))
})

const tick = (name: string) => screen.getByRole('checkbox', { name: `${name} 出勤` })

describe('出勤名单', () => {
  it('lists the confirmed sign-ups, with those checked in ticked, and the waitlist only as a count', async () => {
    service.fetchAttendance.mockResolvedValue(ok(attendance()))
    renderPage()
    expect(await screen.findByText('已报名 2 人 · 已签到 1 人 · 勾选出勤 1 人 · 候补 1 人')).toBeTruthy()
    expect(tick('张晓东').getAttribute('aria-checked')).toBe('true')
    expect(tick('李桂兰').getAttribute('aria-checked')).toBe('false')
    expect(screen.queryByText('王芳')).toBeNull()
    expect(screen.getByText('签到 09:00 · 签退 10:30 · 1 小时 30 分钟')).toBeTruthy()
  })

  it('ticks and unticks, and confirms exactly the ticked people after the confirmation dialog', async () => {
    service.fetchAttendance.mockResolvedValue(ok(attendance()))
    const confirmed = attendance({
      confirmedAt: '2025-12-20T04:00:00.000Z',
      rows: [row('m-1', '张晓东', { ...CHECKED_IN, credited: true }), row('m-2', '李桂兰', { attended: true, credited: true })],
    })
    service.confirmAttendance.mockResolvedValue(ok({ attendance: confirmed, credited: 2 }))
    taroExtras.showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
    renderPage()
    await screen.findByText(/已报名 2 人/)
    fireEvent.click(tick('李桂兰'))
    expect(tick('李桂兰').getAttribute('aria-checked')).toBe('true')
    fireEvent.click(tick('张晓东'))
    fireEvent.click(tick('张晓东'))

    fireEvent.click(screen.getByRole('button', { name: '确认出勤（2 人）' }))
    await waitFor(() => expect(taroExtras.showModal).toHaveBeenCalledTimes(1))
    expect(taroExtras.showModal.mock.calls[0][0].title).toBe('确认 2 人出勤？')
    expect(service.confirmAttendance).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole('button', { name: '确认出勤（2 人）' }))
    expect(await screen.findByText(/2 人的积分和志愿时长已计入/)).toBeTruthy()
    expect(service.confirmAttendance).toHaveBeenCalledWith('act-1', ['m-1', 'm-2'])
    expect(screen.getAllByText('已计入')).toHaveLength(2)
    expect(screen.getByText(/已确认出勤.*每人只计一次/)).toBeTruthy()
  })

  it('before the start: everyone signed up reads 已报名 (never 缺勤), and nothing can be confirmed or checked in yet', async () => {
    const upcoming = attendance({ phase: 'upcoming', checkInOpen: false, rows: [row('m-1', '张晓东'), row('m-2', '李桂兰')] })
    service.fetchAttendance.mockResolvedValue(ok(upcoming))
    renderPage()
    await screen.findByText(/已报名 2 人/)
    expect(screen.getAllByText('已报名')).toHaveLength(2)
    expect(screen.queryByText('缺勤')).toBeNull()
    expect(screen.queryByRole('button', { name: '代签到' })).toBeNull()
    expect(screen.getByTestId('attendance-phase').textContent).toContain('签到 12-20 08:30 至 12-20 11:30')
    const button = screen.getByRole('button', { name: '活动结束（12-20 11:00）后可确认出勤' })
    expect(button.hasAttribute('disabled')).toBe(true)
    fireEvent.click(button)
    fireEvent.click(tick('张晓东'))
    expect(tick('张晓东').getAttribute('aria-checked')).toBe('false')
    expect(taroExtras.showModal).not.toHaveBeenCalled()
    expect(service.confirmAttendance).not.toHaveBeenCalled()
  })

  it('while it runs: checked-in people read 已签到, the others 已报名; 代签到 is offered, confirming is not', async () => {
    service.fetchAttendance.mockResolvedValue(ok(attendance({ phase: 'underway' })))
    renderPage()
    await screen.findByText(/已报名 2 人/)
    expect(screen.getByText('已签到')).toBeTruthy()
    expect(screen.getByText('已报名')).toBeTruthy()
    expect(screen.queryByText('缺勤')).toBeNull()
    expect(screen.getByRole('button', { name: '代签到' })).toBeTruthy()
    expect(screen.getByRole('button', { name: /后可确认出勤/ }).hasAttribute('disabled')).toBe(true)
  })

  it('after confirming: no second credit is offered; ticking someone new offers 补充确认 for that one person only', async () => {
    const confirmed = attendance({
      confirmedAt: '2025-12-20T04:00:00.000Z',
      checkInOpen: false,
      rows: [row('m-1', '张晓东', { ...CHECKED_IN, credited: true }), row('m-2', '李桂兰')],
    })
    service.fetchAttendance.mockResolvedValue(ok(confirmed))
    service.confirmAttendance.mockResolvedValue(ok({ attendance: confirmed, credited: 1 }))
    renderPage()
    const done = await screen.findByRole('button', { name: '已确认出勤 · 勾选新到的人可补充确认' })
    expect(done.hasAttribute('disabled')).toBe(true)
    expect(screen.queryByText(/再次确认/)).toBeNull()
    fireEvent.click(tick('张晓东'))
    expect(tick('张晓东').getAttribute('aria-checked')).toBe('true')

    fireEvent.click(tick('李桂兰'))
    fireEvent.click(screen.getByRole('button', { name: '补充确认（新勾选 1 人）' }))
    await waitFor(() => expect(service.confirmAttendance).toHaveBeenCalledWith('act-1', ['m-1', 'm-2']))
    expect(taroExtras.showModal.mock.calls[0][0].title).toBe('补充确认 1 人出勤？')
    expect(taroExtras.showModal.mock.calls[0][0].content).toContain('已计入的 1 人不会重复计入')
  })

  it('leaves an unticked person out and says they count as absent', async () => {
    service.fetchAttendance.mockResolvedValue(ok(attendance()))
    service.confirmAttendance.mockResolvedValue(ok({ attendance: attendance({ confirmedAt: '2025-12-20T04:00:00.000Z' }), credited: 1 }))
    renderPage()
    await screen.findByText(/已报名 2 人/)
    fireEvent.click(screen.getByRole('button', { name: '确认出勤（1 人）' }))
    await waitFor(() => expect(service.confirmAttendance).toHaveBeenCalledWith('act-1', ['m-1']))
    expect(taroExtras.showModal.mock.calls[0][0].content).toContain('未勾选的 1 人记为缺勤')
  })

  it('checks someone in by hand and shows the refusal in words when it fails', async () => {
    service.fetchAttendance.mockResolvedValueOnce(ok(attendance())).mockResolvedValue(
      ok(
        attendance({
          rows: [row('m-1', '张晓东', CHECKED_IN), row('m-2', '李桂兰', { checkedInAt: '2025-12-20T01:05:00.000Z', attended: true })],
        }),
      ),
    )
    service.checkIn
      .mockResolvedValueOnce(fail(appError('ACTIVITY.OUTSIDE_CHECKIN_WINDOW')))
      .mockResolvedValue(ok({ signUp: {}, duplicate: false }))
    renderPage()
    const rows = await screen.findAllByTestId('attendance-row')
    fireEvent.click(within(rows[1]).getByRole('button', { name: '代签到' }))
    await waitFor(() => expect(taroExtras.showModal).toHaveBeenCalledTimes(1))
    expect(taroExtras.showModal.mock.calls[0][0].content).toContain('不在签到时间内')

    fireEvent.click(within(rows[1]).getByRole('button', { name: '代签到' }))
    expect(await screen.findByText('签到 09:05')).toBeTruthy()
    expect(service.checkIn).toHaveBeenLastCalledWith({ activityId: 'act-1', personId: 'm-2' })
    expect(tick('李桂兰').getAttribute('aria-checked')).toBe('true')
  })

  it('for a meeting kind, leads to the 三会一课 register (where the minutes are kept)', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: { id: 'act-1', kind: 'themeDay', points: 5, serviceMinutes: 0 } }))
    service.fetchAttendance.mockResolvedValue(ok(attendance()))
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '登记与会议纪要' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/admin/activities-register/index?id=act-1' })
  })

  it('shows no register link for a volunteer activity, and the error state with 重试', async () => {
    service.fetchAttendance.mockResolvedValueOnce(fail(appError('COMMON.FORBIDDEN'))).mockResolvedValue(ok(attendance()))
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '重试' }))
    await screen.findByText(/已报名 2 人/)
    expect(screen.queryByText('三会一课登记')).toBeNull()
  })
})
