import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { MeetingRegisterResponse, RegisterLine } from '@core/contract'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { resetTaroMock } from './mocks/taro'
import { taroExtras } from './helpers/taro-extras'
import { fillInAndTap, renderInApp, resetMocks } from './helpers/render'
import { builder } from './helpers/builder'

jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ id: 'act-1' }))
jest.mock('../../src/services/activities')
jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))

const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const Page = (require('../../src/admin/activities-register/index') as typeof import('../../src/admin/activities-register/index')).default

function line(memberId: string, name: string, overrides: Partial<RegisterLine> = {}): RegisterLine {
  return {
    memberId,
    name,
    elder: false,
    helperName: null,
    state: 'absent',
    checkedInAt: null,
    mark: 'none',
    leave: null,
    remote: false,
    remoteByName: null,
    ...overrides,
  }
}

const register = builder<MeetingRegisterResponse>(() => ({
  activityId: 'act-1',
  title: '十二月支部党员大会',
  kind: 'branchMeeting',
  orgName: '琼林苑第一党支部',
  startAt: '2025-12-20T01:00:00.000Z',
  endAt: '2025-12-20T03:00:00.000Z',
  phase: 'ended',
  lines: [
    line('m-1', '张晓东', { state: 'present', checkedInAt: '2025-12-20T00:58:00.000Z' }),
    line('m-2', '李桂兰', { elder: true, helperName: '张晓东' }),
    line('m-3', '刘秀英', { leave: { reason: '外出参加培训', status: 'pending' } }),
    line('m-4', '崔子涵'),
  ],
  walkIns: [{ personId: 'm-9', name: '王强' }],
  counts: { expected: 4, present: 1, delivered: 0, leave: 0, absent: 3, walkIns: 1, rate: 25 },
  minutes: null,
  lock: 'open',
  correction: null,
  versions: [],
  remote: null,
}))

const rowOf = async (name: string) => (await screen.findAllByTestId('register-row')).find((row) => row.textContent?.includes(name))!

beforeEach(() => {
  resetTaroMock()
  resetMocks(service)
})

describe('三会一课登记', () => {
  it('opens 远程参加 with a link or dial-in, and shows who took part remotely', async () => {
    service.fetchRegister.mockResolvedValue(
      ok(register({ lines: [line('m-2', '李桂兰', { elder: true, state: 'present', remote: true, remoteByName: '张晓东' })] })),
    )
    service.setMeetingRemote.mockResolvedValue(
      ok({ remote: { link: null, dialIn: '0551-1234', materialTitle: null, materialLink: null, materialId: null } }),
    )
    renderInApp(Page)
    const row = await rowOf('李桂兰')
    expect(within(row).getByText('远程')).toBeTruthy()
    expect(within(row).getByText('远程参加（张晓东登记）')).toBeTruthy()
    expect(within(row).queryByRole('button', { name: '记到会' })).toBeNull()
    expect(screen.getByTestId('register-counts').textContent).toContain('其中远程 1 人')
    // Neither link nor dial-in: said in words, nothing sent.
    fireEvent.click(screen.getByRole('button', { name: '开放远程参加' }))
    expect(await screen.findByText('⚠ 请填写会议链接或电话接入号码')).toBeTruthy()
    expect(service.setMeetingRemote).not.toHaveBeenCalled()
    fillInAndTap({ 电话接入: '0551-1234' }, '开放远程参加')
    await waitFor(() =>
      expect(service.setMeetingRemote).toHaveBeenCalledWith({
        activityId: 'act-1',
        remote: { link: null, dialIn: '0551-1234', materialTitle: null, materialLink: null, materialId: null },
      }),
    )
  })

  it('shows 应到 with each state in words, the counts as text, and 列席', async () => {
    service.fetchRegister.mockResolvedValue(ok(register()))
    renderInApp(Page)
    expect(await screen.findByText('应到 4 人 · 实到 1 人 · 请假 0 人 · 缺席 3 人 · 列席 1 人 · 到会率 25%')).toBeTruthy()
    expect(within(await rowOf('张晓东')).getByText('实到')).toBeTruthy()
    expect(within(await rowOf('张晓东')).getByText('签到 08:58')).toBeTruthy()
    expect(within(await rowOf('刘秀英')).getByText('请假（待批准）：外出参加培训')).toBeTruthy()
    expect(screen.getByTestId('register-walk-ins').textContent).toContain('王强')
    // 记送学 only for the elder.
    expect(within(await rowOf('李桂兰')).getByRole('button', { name: '记送学' })).toBeTruthy()
    expect(within(await rowOf('崔子涵')).queryByRole('button', { name: '记送学' })).toBeNull()
  })

  it('ticks 送学, approves a leave, and shows the register the server answers', async () => {
    service.fetchRegister.mockResolvedValue(ok(register()))
    const after = register({
      lines: [
        line('m-2', '李桂兰', { elder: true, helperName: '张晓东', state: 'delivered', mark: 'delivered' }),
        line('m-3', '刘秀英', { leave: { reason: '外出参加培训', status: 'pending' } }),
      ],
      counts: { expected: 4, present: 1, delivered: 1, leave: 0, absent: 2, walkIns: 1, rate: 25 },
    })
    service.markAttendee.mockResolvedValue(ok(after))
    service.reviewLeave.mockResolvedValue(
      ok(register({ lines: [line('m-3', '刘秀英', { state: 'leave', leave: { reason: '外出参加培训', status: 'approved' } })] })),
    )
    renderInApp(Page)
    fireEvent.click(within(await rowOf('李桂兰')).getByRole('button', { name: '记送学' }))
    await waitFor(() => expect(service.markAttendee).toHaveBeenCalledWith({ activityId: 'act-1', memberId: 'm-2', mark: 'delivered' }))
    expect(await screen.findByText('由结对人 张晓东 送学')).toBeTruthy()
    expect(screen.getByTestId('register-counts').textContent).toContain('送学 1 人')
    expect(within(await rowOf('李桂兰')).getByRole('button', { name: '取消勾选' })).toBeTruthy()

    fireEvent.click(within(await rowOf('刘秀英')).getByRole('button', { name: '准假' }))
    await waitFor(() => expect(service.reviewLeave).toHaveBeenCalledWith({ activityId: 'act-1', memberId: 'm-3', approve: true }))
    expect(await screen.findByText('请假（已准假）：外出参加培训')).toBeTruthy()
    expect(within(await rowOf('刘秀英')).queryByRole('button', { name: '准假' })).toBeNull()
  })

  it('signs off after a confirmation only when the meeting has ended and minutes are saved', async () => {
    service.fetchRegister.mockResolvedValue(ok(register({ phase: 'underway' })))
    const view = renderInApp(Page)
    const early = await screen.findByRole('button', { name: '会议结束（12-20 11:00）后可签字确认' })
    expect(early.hasAttribute('disabled')).toBe(true)
    view.unmount()

    const minutes = {
      text: '传达学习',
      photos: [],
      attendeeCount: 1,
      recordedAt: '2025-12-20T04:00:00.000Z',
      recordedByName: '刘秀英',
      topics: ['传达学习'],
      speakers: [],
      decisions: ['同意'],
    }
    service.fetchRegister.mockResolvedValue(ok(register({ minutes })))
    const signed = register({
      minutes,
      lock: 'signed',
      versions: [{ version: 1, signedOffAt: '2025-12-20T05:00:00.000Z', signedOffByName: '刘秀英', correctionReason: null }],
    })
    service.signOffMinutes.mockResolvedValue(ok(signed))
    renderInApp(Page)
    fireEvent.click(await screen.findByRole('button', { name: '签字确认' }))
    await waitFor(() => expect(service.signOffMinutes).toHaveBeenCalledWith('act-1'))
    expect(taroExtras.showModal.mock.calls[0][0].title).toBe('签字确认第 1 版？')
    expect(await screen.findByText(/已签字确认（第 1 版），名单和纪要已锁定/)).toBeTruthy()
    // Locked: the minutes read-only, no ticks, and a correction needs its reason.
    expect(screen.queryByRole('button', { name: '更新会议纪要' })).toBeNull()
    expect(screen.queryByRole('button', { name: '记到会' })).toBeNull()
    expect(screen.getByText('1. 传达学习')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '更正（形成新版本）' }))
    expect(await screen.findByText('⚠ 请填写更正原因')).toBeTruthy()
    expect(service.reopenMinutes).not.toHaveBeenCalled()
    service.reopenMinutes.mockResolvedValue(
      ok(register({ minutes, lock: 'correcting', correction: { reason: '漏记到会', byName: '刘秀英' }, versions: signed.versions })),
    )
    fillInAndTap({ 更正原因: '漏记到会' }, '更正（形成新版本）')
    await waitFor(() => expect(service.reopenMinutes).toHaveBeenCalledWith('act-1', '漏记到会'))
    expect(await screen.findByText(/正在更正（刘秀英：漏记到会）/)).toBeTruthy()
    expect(screen.getByTestId('minutes-versions').textContent).toContain('第 1 版 · 刘秀英')
  })

  it('saves minutes with 议题/发言人/决定事项 one a line, and says a refusal in words', async () => {
    service.fetchRegister.mockResolvedValue(ok(register()))
    service.recordMinutes.mockResolvedValueOnce(fail(appError('ACTIVITY.MINUTES_LOCKED'))).mockResolvedValue(ok({ record: {} }))
    renderInApp(Page)
    await screen.findByLabelText('议题')
    fillInAndTap({ 议题: '传达学习\n\n发展党员', 决定事项: '同意韩明亮为积极分子' }, '保存会议纪要')
    expect(await screen.findByText('⚠ 请填写会议纪要')).toBeTruthy()
    fillInAndTap({ 会议纪要: '会议内容' }, '保存会议纪要')
    await waitFor(() =>
      expect(service.recordMinutes).toHaveBeenCalledWith({
        activityId: 'act-1',
        text: '会议内容',
        photos: [],
        topics: ['传达学习', '发展党员'],
        speakers: [],
        decisions: ['同意韩明亮为积极分子'],
      }),
    )
    await waitFor(() => expect(taroExtras.showModal).toHaveBeenCalled())
    expect(taroExtras.showModal.mock.calls[0][0].content).toContain('已签字确认')
  })
})
