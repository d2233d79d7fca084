import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { RemoteMeetingItem } from '@core/contract'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import Taro from './mocks/taro'
import { resetTaroMock } from './mocks/taro'
import { taroExtras } from './helpers/taro-extras'
import { renderInApp, resetMocks } from './helpers/render'
import { builder } from './helpers/builder'

/** 远程参加: how to join (dial-in and link copied), and 代（长辈）登记远程参加 after a confirmation, once. */
jest.mock('../../src/services/activities')
const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const { RemoteMeetings } =
  require('../../src/features/activities/RemoteMeetings') as typeof import('../../src/features/activities/RemoteMeetings')

const clipboard = jest.fn((_options: { data: string }) => Promise.resolve())
Object.assign(Taro, { setClipboardData: clipboard })

const item = builder<RemoteMeetingItem>(() => ({
  activityId: 'act-remote',
  title: '远程在线党员学习会',
  kind: 'branchMeeting',
  place: '党群服务中心',
  startAt: '2026-12-02T06:00:00.000Z',
  endAt: '2026-12-02T07:30:00.000Z',
  remote: {
    link: 'https://meeting.tencent.com/dm/abc',
    dialIn: '0551-12345678',
    materialTitle: '党章第一章',
    materialLink: null,
    materialId: null,
  },
  attended: null,
  canAttend: true,
  creditMinutes: 90,
}))

beforeEach(() => {
  resetTaroMock()
  resetMocks(service)
  clipboard.mockClear()
})

describe('远程参加', () => {
  it('a helper copies the dial-in and records for the elder after a confirmation; the answer shows who recorded it', async () => {
    service.fetchRemoteMeetings.mockResolvedValueOnce(ok({ person: { id: 'm-elder', name: '李桂兰' }, items: [item()] })).mockResolvedValue(
      ok({
        person: { id: 'm-elder', name: '李桂兰' },
        items: [item({ canAttend: false, attended: { at: '2026-12-02T06:10:00.000Z', byName: '张晓东', self: false } })],
      }),
    )
    service.attendRemote.mockResolvedValue(ok({ item: item(), duplicate: false, creditedMinutes: 90 }))
    renderInApp(() => <RemoteMeetings forPersonId="m-elder" forName="李桂兰" />)
    const row = await screen.findByTestId('remote-meeting')
    expect(within(row).getByText('电话接入：0551-12345678')).toBeTruthy()
    expect(within(row).getByText(/计入学时 90 分钟/)).toBeTruthy()
    fireEvent.click(within(row).getByRole('button', { name: '复制号码' }))
    await waitFor(() => expect(clipboard).toHaveBeenCalledWith({ data: '0551-12345678' }))

    fireEvent.click(within(row).getByRole('button', { name: '代李桂兰登记远程参加' }))
    await waitFor(() => expect(service.attendRemote).toHaveBeenCalledWith({ activityId: 'act-remote', forPersonId: 'm-elder' }))
    expect(taroExtras.showModal.mock.calls[0][0].title).toBe('登记李桂兰远程参加？')
    expect((await screen.findByTestId('remote-attended')).textContent).toContain('张晓东代为登记')
    expect(screen.queryByRole('button', { name: '代李桂兰登记远程参加' })).toBeNull()
  })

  it('the member’s own button; cancelled at the confirmation nothing is sent; a refusal is said in words', async () => {
    service.fetchRemoteMeetings.mockResolvedValue(ok({ person: { id: 'm-1', name: '张晓东' }, items: [item()] }))
    service.attendRemote.mockResolvedValue(fail(appError('ACTIVITY.REMOTE_CLOSED')))
    renderInApp(() => <RemoteMeetings activityId="act-remote" />)
    await waitFor(() => expect(service.fetchRemoteMeetings).toHaveBeenCalledWith({ activityId: 'act-remote' }))
    taroExtras.showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
    fireEvent.click(await screen.findByRole('button', { name: '我已远程参加' }))
    await waitFor(() => expect(taroExtras.showModal).toHaveBeenCalledTimes(1))
    expect(service.attendRemote).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: '我已远程参加' }))
    await waitFor(() => expect(service.attendRemote).toHaveBeenCalledWith({ activityId: 'act-remote' }))
    await waitFor(() => expect(taroExtras.showModal.mock.calls.at(-1)?.[0].content).toContain('会前 30 分钟起'))
  })

  it('shows nothing when there is no meeting to join (or the caller is not a member)', async () => {
    service.fetchRemoteMeetings.mockResolvedValue(fail(appError('COMMON.FORBIDDEN')))
    const view = renderInApp(() => <RemoteMeetings activityId="act-remote" />)
    await waitFor(() => expect(service.fetchRemoteMeetings).toHaveBeenCalled())
    expect(view.container.textContent).toBe('')
  })
})
