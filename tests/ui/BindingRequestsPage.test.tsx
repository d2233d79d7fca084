import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { triggerPullDownRefresh } from './mocks/taro'
import { taroExtras } from './helpers/taro-extras'
import { bindingRequestView } from './helpers/more-fixtures'
import { fetchBindingRequests, reviewBinding } from './helpers/members-service-mock'
import { fillInAndTap, renderInApp } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'

jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))
jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))

const Page = (require('../../src/admin/binding-requests/index') as typeof import('../../src/admin/binding-requests/index')).default

const renderPage = () => renderInApp(Page)

const request = bindingRequestView()

beforeEach(resetSignIn)

describe('绑定审核', () => {
  it('lists a pending request with the roster entry it matched', async () => {
    fetchBindingRequests.mockResolvedValue(ok({ items: [request], nextCursor: null }))
    renderPage()
    expect(screen.getByText('正在加载…')).toBeTruthy()
    expect(await screen.findByText('13900000015')).toBeTruthy()
    expect(screen.getByText('琼林苑3-4栋党小组')).toBeTruthy()
  })

  it('approves only after the reviewer confirms, and the request leaves the list', async () => {
    fetchBindingRequests.mockResolvedValue(ok({ items: [request], nextCursor: null }))
    reviewBinding.mockResolvedValue(ok({ request: { ...request, status: 'approved' } }))
    taroExtras.showModal.mockResolvedValueOnce({ confirm: false, cancel: true })
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '通过' }))
    await waitFor(() => expect(taroExtras.showModal).toHaveBeenCalledTimes(1))
    expect(reviewBinding).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole('button', { name: '通过' }))
    await screen.findByText('没有待审核的申请')
    expect(reviewBinding).toHaveBeenCalledWith({ requestId: request.id, decision: 'approve' })
  })

  it('asks for a reason before rejecting, confirms, then sends it', async () => {
    fetchBindingRequests.mockResolvedValue(ok({ items: [request], nextCursor: null }))
    reviewBinding.mockResolvedValue(ok({ request: { ...request, status: 'rejected', reason: '不是本人' } }))
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '驳回' }))
    fireEvent.click(screen.getByRole('button', { name: '确认驳回' }))
    expect(screen.getByText('⚠ 请填写驳回原因，申请人会看到')).toBeTruthy()
    expect(taroExtras.showModal).not.toHaveBeenCalled()

    fillInAndTap({ 驳回原因: '不是本人' }, '确认驳回')
    await screen.findByText('没有待审核的申请')
    expect(taroExtras.showModal.mock.calls[0][0].content).toContain('不是本人')
    expect(reviewBinding).toHaveBeenCalledWith({ requestId: request.id, decision: 'reject', reason: '不是本人' })
  })

  it('keeps the request and says why when the review fails', async () => {
    fetchBindingRequests.mockResolvedValue(ok({ items: [request], nextCursor: null }))
    reviewBinding.mockResolvedValue(fail(appError('MEMBER.ALREADY_BOUND')))
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '通过' }))
    expect(await screen.findByText('⚠ 该党员已绑定微信账号')).toBeTruthy()
    expect(screen.getByText('13900000015')).toBeTruthy()
  })

  it('shows the empty state, the error state with 重试, and reloads on pull-down', async () => {
    fetchBindingRequests
      .mockResolvedValueOnce(fail(appError('COMMON.INTERNAL', '网络连接失败，请检查网络后重试')))
      .mockResolvedValueOnce(ok({ items: [], nextCursor: null }))
      .mockResolvedValueOnce(ok({ items: [request], nextCursor: null }))
    renderPage()
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(await screen.findByText('没有待审核的申请')).toBeTruthy()
    await act(async () => {
      triggerPullDownRefresh()
    })
    expect(await screen.findByText('13900000015')).toBeTruthy()
  })

  it('loads the next page with 加载更多', async () => {
    fetchBindingRequests
      .mockResolvedValueOnce(ok({ items: [request], nextCursor: 'c1' }))
      .mockResolvedValueOnce(ok({ items: [bindingRequestView({ id: 'b2', name: '董春生', phone: '13900000017' })], nextCursor: null }))
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '加载更多' }))
    expect(await screen.findByText('13900000017')).toBeTruthy()
    expect(fetchBindingRequests).toHaveBeenLastCalledWith({ status: 'pending', cursor: 'c1' })
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull()
  })
})
