import { fireEvent, screen, waitFor } from '@testing-library/react'
import type { ActivityDetail } from '@core/contract'
import { ok } from '@core/envelope'
import { resetTaroMock } from './mocks/taro'
import './helpers/taro-extras'
import { fillInAndTap, renderInApp, resetMocks } from './helpers/render'
import { activityDetail, activityItem } from './helpers/more-fixtures'

jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ id: 'act-1' }))
jest.mock('../../src/services/activities')
jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))

const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const Page = (require('../../src/pages/activities-detail/index') as typeof import('../../src/pages/activities-detail/index')).default

function meeting(overrides: Partial<ActivityDetail> = {}): ActivityDetail {
  return activityDetail({
    ...activityItem({ kind: 'branchMeeting', title: '十二月支部党员大会' }),
    description: '',
    cancelDeadline: null,
    ...overrides,
  })
}

beforeEach(() => {
  resetTaroMock()
  resetMocks(service)
  // No remote option on these meetings: the 远程参加 card stays away.
  service.fetchRemoteMeetings.mockResolvedValue(ok({ person: { id: 'm-1', name: '张晓东' }, items: [] }))
})

describe('会议请假 on the activity page', () => {
  it('a member on the list asks for leave with a reason, then sees it waiting for the secretary', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: meeting() }))
    service.fetchMyLeave.mockResolvedValue(ok({ expected: true, leave: null, canAsk: true }))
    service.requestLeave.mockResolvedValue(
      ok({ expected: true, leave: { reason: '外出就医', status: 'pending', decidedByName: null }, canAsk: true }),
    )
    renderInApp(Page)
    fireEvent.click(await screen.findByRole('button', { name: '提交请假' }))
    expect(await screen.findByText('⚠ 请填写请假原因')).toBeTruthy()
    expect(service.requestLeave).not.toHaveBeenCalled()
    fillInAndTap({ 请假原因: '外出就医' }, '提交请假')
    await waitFor(() => expect(service.requestLeave).toHaveBeenCalledWith('act-1', '外出就医'))
    expect((await screen.findByTestId('leave-state')).textContent).toBe('待批准：外出就医')
    expect(screen.getByRole('button', { name: '修改请假原因' })).toBeTruthy()
  })

  it('a decided leave says who decided and offers nothing more; someone not on the list sees no 请假', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: meeting() }))
    service.fetchMyLeave.mockResolvedValue(
      ok({ expected: true, leave: { reason: '外出就医', status: 'approved', decidedByName: '刘秀英' }, canAsk: false }),
    )
    const view = renderInApp(Page)
    expect((await screen.findByTestId('leave-state')).textContent).toBe('已准假（刘秀英）：外出就医')
    expect(screen.queryByRole('button', { name: /请假/ })).toBeNull()
    view.unmount()

    service.fetchMyLeave.mockResolvedValue(ok({ expected: false, leave: null, canAsk: false }))
    renderInApp(Page)
    await screen.findByText('十二月支部党员大会')
    await waitFor(() => expect(service.fetchMyLeave).toHaveBeenCalledTimes(2))
    expect(screen.queryByText('请假')).toBeNull()
  })
})
