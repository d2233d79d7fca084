import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { resetTaroMock } from './mocks/taro'
import { taroExtras } from './helpers/taro-extras'
import { renderInApp, resetMocks } from './helpers/render'
import { activityDetail as activity, signUpView as signUp } from './helpers/more-fixtures'

jest.mock('@tarojs/taro', () => require('./helpers/route').taroOpenedWith({ id: 'act-1' }))
jest.mock('../../src/services/activities')

const service = jest.requireMock<Record<string, jest.Mock>>('../../src/services/activities')
const Page = (require('../../src/pages/activities-detail/index') as typeof import('../../src/pages/activities-detail/index')).default

const full = { confirmedCount: 20, seatsLeft: 0, waitlistCount: 2, canSignUp: false, signUpBlockedBy: 'ACTIVITY.FULL' }

const renderPage = () => renderInApp(Page)

beforeEach(() => {
  resetTaroMock()
  resetMocks(service)
})

describe('活动详情 · 报名', () => {
  it('signs up in one tap with 提醒我 ticked, then shows 已报名 and the cancel deadline', async () => {
    const mine = signUp()
    service.fetchActivity
      .mockResolvedValueOnce(ok({ activity: activity() }))
      .mockResolvedValue(ok({ activity: activity({ confirmedCount: 18, seatsLeft: 2, myStatus: 'confirmed', mySignUp: mine }) }))
    service.signUpForActivity.mockResolvedValue(ok({ signUp: mine, duplicate: false }))
    renderPage()
    expect(await screen.findByText('剩 3 个名额（共 20）')).toBeTruthy()
    expect(screen.getByRole('checkbox', { name: /提醒我/ }).getAttribute('aria-checked')).toBe('true')

    fireEvent.click(screen.getByRole('button', { name: '报名' }))
    expect(await screen.findByText('已报名')).toBeTruthy()
    expect(service.signUpForActivity).toHaveBeenCalledWith({ activityId: 'act-1', waitlist: false, remind: true })
    expect(screen.getByText('12月20日 08:00 前可取消')).toBeTruthy()
    expect(screen.getByRole('button', { name: '取消报名' })).toBeTruthy()
  })

  it('sends remind: false when 提醒我 is unticked', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: activity() }))
    service.signUpForActivity.mockResolvedValue(ok({ signUp: signUp({ remind: false }), duplicate: false }))
    renderPage()
    fireEvent.click(await screen.findByRole('checkbox', { name: /提醒我/ }))
    fireEvent.click(screen.getByRole('button', { name: '报名' }))
    await waitFor(() => expect(service.signUpForActivity).toHaveBeenCalledWith({ activityId: 'act-1', waitlist: false, remind: false }))
  })

  it('offers 加入候补 when full, and shows the waitlist position after joining', async () => {
    service.fetchActivity.mockResolvedValueOnce(ok({ activity: activity(full) })).mockResolvedValue(
      ok({
        activity: activity({
          ...full,
          waitlistCount: 3,
          myStatus: 'waitlisted',
          mySignUp: signUp({ status: 'waitlisted', waitlistPosition: 3 }),
        }),
      }),
    )
    service.signUpForActivity.mockResolvedValue(ok({ signUp: signUp({ status: 'waitlisted', waitlistPosition: 3 }), duplicate: false }))
    renderPage()
    expect(await screen.findByText('已满 · 候补 2 人')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '报名' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '加入候补' }))
    expect(await screen.findByText('候补第 3 位')).toBeTruthy()
    expect(service.signUpForActivity).toHaveBeenCalledWith({ activityId: 'act-1', waitlist: true, remind: true })
    expect(screen.getByText(/您在候补第 3 位/)).toBeTruthy()
    expect(screen.getByRole('button', { name: '取消候补' })).toBeTruthy()
  })

  it('when the last seat goes while tapping 报名, asks to join the waitlist and joins only on 加入候补', async () => {
    service.fetchActivity
      .mockResolvedValueOnce(ok({ activity: activity({ seatsLeft: 1, confirmedCount: 19 }) }))
      .mockResolvedValue(ok({ activity: activity(full) }))
    service.signUpForActivity
      .mockResolvedValueOnce(fail(appError('ACTIVITY.FULL')))
      .mockResolvedValue(ok({ signUp: signUp({ status: 'waitlisted', waitlistPosition: 3 }), duplicate: false }))
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '报名' }))
    await waitFor(() => expect(taroExtras.showModal).toHaveBeenCalledTimes(1))
    expect(taroExtras.showModal.mock.calls[0][0]).toMatchObject({ title: '名额已满', confirmText: '加入候补' })
    await waitFor(() => expect(service.signUpForActivity).toHaveBeenCalledTimes(2))
    expect(service.signUpForActivity.mock.calls[1][0]).toEqual({ activityId: 'act-1', waitlist: true, remind: true })
  })

  it('cancels only after the confirmation, and not when it is declined', async () => {
    const mine = signUp()
    service.fetchActivity.mockResolvedValue(
      ok({ activity: activity({ myStatus: 'confirmed', mySignUp: mine, waitlistCount: 1, ...{ seatsLeft: 0, confirmedCount: 20 } }) }),
    )
    service.cancelSignUp.mockResolvedValue(ok({ signUp: signUp({ status: 'cancelled' }), promotedName: '李*英' }))
    taroExtras.showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '取消报名' }))
    await waitFor(() => expect(taroExtras.showModal).toHaveBeenCalledTimes(1))
    expect(taroExtras.showModal.mock.calls[0][0].content).toContain('琼林苑环境清洁')
    expect(taroExtras.showModal.mock.calls[0][0].content).toContain('递补')
    expect(service.cancelSignUp).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole('button', { name: '取消报名' }))
    await waitFor(() => expect(service.cancelSignUp).toHaveBeenCalledWith('act-1', undefined))
  })

  it('after the cancellation deadline says so instead of offering 取消报名', async () => {
    service.fetchActivity.mockResolvedValue(
      ok({ activity: activity({ cancelDeadline: '2020-01-01T00:00:00.000Z', myStatus: 'confirmed', mySignUp: signUp() }) }),
    )
    renderPage()
    expect(await screen.findByText('已过取消截止时间，如需请假请联系组织者')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '取消报名' })).toBeNull()
  })

  it('shows 已签到 and, after confirmation, the credited minutes and points', async () => {
    service.fetchActivity.mockResolvedValue(
      ok({
        activity: activity({
          myStatus: 'confirmed',
          mySignUp: signUp({ checkedInAt: '2099-12-20T00:55:00.000Z', attended: true, creditedMinutes: 90, creditedPoints: 10 }),
        }),
      }),
    )
    renderPage()
    expect(await screen.findByText('已参加')).toBeTruthy()
    expect(screen.getByText('志愿时长 1 小时 30 分钟 · 积分 +10')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '取消报名' })).toBeNull()
  })

  it('says why sign-up is closed and offers no button', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: activity({ canSignUp: false, signUpBlockedBy: 'ACTIVITY.CLOSED' }) }))
    renderPage()
    expect(await screen.findByText('不在报名时间内，无法报名')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '报名' })).toBeNull()
  })

  it('tells a sign-up refusal in words and keeps the page', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: activity() }))
    service.signUpForActivity.mockResolvedValue(fail(appError('ACTIVITY.NOT_ELIGIBLE')))
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '报名' }))
    await waitFor(() => expect(taroExtras.showModal).toHaveBeenCalled())
    expect(taroExtras.showModal.mock.calls[0][0]).toMatchObject({ title: '没有报名成功', content: '您不在本活动的参加范围内' })
    expect(screen.getByText('琼林苑环境清洁')).toBeTruthy()
  })
})

describe('活动详情 · 结对长辈', () => {
  const elders = [
    { memberId: 'm-elder', name: '李桂兰', status: null, eligible: true },
    { memberId: 'm-elder-2', name: '周玉珍', status: 'confirmed' as const, eligible: true },
  ]

  it('signs up one elder with 帮（名字）报名 (no reminder asked for them) and cancels the other after confirming', async () => {
    service.fetchActivity.mockResolvedValue(ok({ activity: activity({ elders }) }))
    service.signUpForActivity.mockResolvedValue(ok({ signUp: signUp({ personName: '李桂兰', actedByName: '张晓东' }), duplicate: false }))
    service.cancelSignUp.mockResolvedValue(ok({ signUp: signUp({ status: 'cancelled' }), promotedName: null }))
    renderPage()
    const rows = await screen.findAllByTestId('elder-signup')
    expect(within(rows[0]).getByText('未报名')).toBeTruthy()
    expect(within(rows[1]).getByText('已报名')).toBeTruthy()

    fireEvent.click(within(rows[0]).getByRole('button', { name: '帮李桂兰报名' }))
    await waitFor(() =>
      expect(service.signUpForActivity).toHaveBeenCalledWith({
        activityId: 'act-1',
        waitlist: false,
        remind: false,
        forPersonId: 'm-elder',
      }),
    )

    fireEvent.click(within(rows[1]).getByRole('button', { name: '帮周玉珍取消报名' }))
    await waitFor(() => expect(service.cancelSignUp).toHaveBeenCalledWith('act-1', 'm-elder-2'))
    expect(taroExtras.showModal.mock.calls[0][0].content).toContain('为周玉珍取消')
  })

  it('offers 帮（名字）候补 when full, and nothing for an elder outside the audience', async () => {
    service.fetchActivity.mockResolvedValue(
      ok({
        activity: activity({ ...full, elders: [{ ...elders[0] }, { memberId: 'm-x', name: '吴桂芳', status: null, eligible: false }] }),
      }),
    )
    renderPage()
    const rows = await screen.findAllByTestId('elder-signup')
    expect(within(rows[0]).getByRole('button', { name: '帮李桂兰候补' })).toBeTruthy()
    expect(within(rows[1]).getByText('不在本活动的参加范围内')).toBeTruthy()
    expect(within(rows[1]).queryByRole('button')).toBeNull()
  })

  it('shows the elder who was signed up by their helper: 由 张晓东 代报名', async () => {
    service.fetchActivity.mockResolvedValue(
      ok({ activity: activity({ myStatus: 'confirmed', mySignUp: signUp({ personName: '李桂兰', actedByName: '张晓东' }) }) }),
    )
    renderPage()
    expect(await screen.findByText('由 张晓东 代报名')).toBeTruthy()
  })
})
