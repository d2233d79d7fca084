import { fireEvent, screen } from '@testing-library/react'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import Taro from './mocks/taro'
import { visitorMe } from './helpers/fixtures'
import { bindingRequestView, secretaryMe, visitorRejected, visitorWithPendingRequest } from './helpers/more-fixtures'
import { fetchBindingRequests, fetchMe, requestBinding } from './helpers/members-service-mock'
import { fillInAndTap, renderInApp } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'

jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))
jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))

const { resetPendingBindingCount } =
  require('../../src/features/binding/pendingCountStore') as typeof import('../../src/features/binding/pendingCountStore')
const HomePage = (require('../../src/pages/home/index') as typeof import('../../src/pages/home/index')).default
const BindingPage = (require('../../src/pages/binding/index') as typeof import('../../src/pages/binding/index')).default

const renderIn = renderInApp

beforeEach(() => {
  resetSignIn()
  resetPendingBindingCount()
})

describe('首页 for a visitor', () => {
  it('offers the two ways in, each going to its own form', async () => {
    fetchMe.mockResolvedValue(ok(visitorMe))
    renderIn(HomePage)
    fireEvent.click(await screen.findByRole('button', { name: '登记为居民' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/register/index' })
    fireEvent.click(screen.getByRole('button', { name: '我是党员，申请绑定' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/binding/index' })
  })

  it('shows a pending binding request as 待审核 instead of the choices', async () => {
    fetchMe.mockResolvedValue(ok(visitorWithPendingRequest))
    renderIn(HomePage)
    expect(await screen.findByText('待审核')).toBeTruthy()
    expect(screen.getByText('贺国华（139****0015）')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '登记为居民' })).toBeNull()
  })

  it('shows a rejection with its reason and a way to try again', async () => {
    fetchMe.mockResolvedValue(ok(visitorRejected))
    renderIn(HomePage)
    expect(await screen.findByText('未通过')).toBeTruthy()
    expect(screen.getByText('手机号与花名册不一致')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '核对信息后重新申请' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/binding/index' })
  })
})

describe('首页 for a secretary', () => {
  it('shows how many binding requests wait, linking to the approvals page', async () => {
    fetchMe.mockResolvedValue(ok(secretaryMe))
    fetchBindingRequests.mockResolvedValue(ok({ items: [bindingRequestView(), bindingRequestView({ id: 'b2' })], nextCursor: null }))
    renderIn(HomePage)
    fireEvent.click(await screen.findByText('待审核的绑定申请 2 条'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/admin/binding-requests/index' })
    expect(fetchBindingRequests).toHaveBeenCalledWith({ status: 'pending' })
  })

  it('shows nothing about approvals when none wait', async () => {
    fetchMe.mockResolvedValue(ok(secretaryMe))
    fetchBindingRequests.mockResolvedValue(ok({ items: [], nextCursor: null }))
    renderIn(HomePage)
    await screen.findByText('您好，刘秀英')
    expect(screen.queryByText(/待审核的绑定申请/)).toBeNull()
  })
})

describe('申请绑定党员身份', () => {
  it('explains a name/phone that is not on the roster in plain words', async () => {
    fetchMe.mockResolvedValue(ok(visitorMe))
    requestBinding.mockResolvedValue(fail(appError('MEMBER.NOT_ON_ROSTER')))
    renderIn(BindingPage)
    await screen.findByLabelText('姓名')
    fillInAndTap({ 姓名: '王五', 手机号: '13900009999' }, '提交申请')
    expect(await screen.findByText('⚠ 花名册中没有姓名和手机号都一致的党员，请核对后再试或联系支部书记')).toBeTruthy()
    expect(Taro.switchTab).not.toHaveBeenCalled()
  })
})
