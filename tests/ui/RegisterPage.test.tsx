import { fireEvent, screen, waitFor } from '@testing-library/react'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import Taro from './mocks/taro'
import { residentMe } from './helpers/more-fixtures'
import { visitorMe } from './helpers/fixtures'
import { DEMO_BUILDINGS, fetchBuildings, fetchMe, registerResident } from './helpers/members-service-mock'
import { fillInAndTap, renderInApp, typeInto } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'

jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))
jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))

// esbuild hoists imports above jest.mock: what must see the mocks is required after it.
const RegisterPage = (require('../../src/pages/register/index') as typeof import('../../src/pages/register/index')).default

const renderPage = () => renderInApp(RegisterPage)

beforeEach(resetSignIn)

describe('登记为居民', () => {
  it('says which fields are missing without sending anything', async () => {
    fetchMe.mockResolvedValue(ok(visitorMe))
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '提交登记' }))
    expect(screen.getByText('⚠ 请填写您的姓名')).toBeTruthy()
    expect(screen.getByText('⚠ 请填写手机号')).toBeTruthy()
    expect(screen.getByText('⚠ 请选择楼栋')).toBeTruthy()
    expect(registerResident).not.toHaveBeenCalled()
  })

  it('shows the server’s phone error under the phone field, then registers once it is fixed', async () => {
    fetchMe.mockResolvedValueOnce(ok(visitorMe)).mockResolvedValue(ok(residentMe))
    registerResident
      .mockResolvedValueOnce(fail(appError('COMMON.VALIDATION', 'phone：手机号应为 11 位数字，以 1 开头')))
      .mockResolvedValueOnce(ok({ residentId: 'r-1', role: 'resident' }))
    renderPage()
    await screen.findByRole('button', { name: '提交登记' })
    fillInAndTap({ 姓名: ' 赵新民 ', 手机号: '12345', 楼栋: '琼林苑3栋' }, '提交登记')

    expect(await screen.findByText('⚠ 手机号应为 11 位数字，以 1 开头')).toBeTruthy()
    expect(screen.queryByText(/phone：/)).toBeNull()
    expect(registerResident).toHaveBeenCalledWith({ name: '赵新民', phone: '12345', building: '琼林苑3栋', unit: '' })

    typeInto('手机号', '13912345678')
    expect(screen.queryByText('⚠ 手机号应为 11 位数字，以 1 开头')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '提交登记' }))

    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' }))
    expect(registerResident).toHaveBeenLastCalledWith({ name: '赵新民', phone: '13912345678', building: '琼林苑3栋', unit: '' })
    expect(fetchMe).toHaveBeenCalledTimes(2)
  })

  it('uses error.field when the transport passes it', async () => {
    fetchMe.mockResolvedValue(ok(visitorMe))
    registerResident.mockResolvedValue(fail(appError('COMMON.VALIDATION', '楼栋最多 30 个字', 'building')))
    renderPage()
    await screen.findByRole('button', { name: '提交登记' })
    fillInAndTap({ 姓名: '赵新民', 手机号: '13912345678', 楼栋: '很长的楼栋' }, '提交登记')
    expect(await screen.findByText('⚠ 楼栋最多 30 个字')).toBeTruthy()
  })

  it('offers the community’s buildings and their units as choices, never a box to type in', async () => {
    fetchMe.mockResolvedValueOnce(ok(visitorMe)).mockResolvedValue(ok(residentMe))
    fetchBuildings.mockResolvedValue(ok({ items: DEMO_BUILDINGS }))
    registerResident.mockResolvedValue(ok({ residentId: 'r-1', role: 'resident' }))
    renderPage()
    await screen.findByRole('button', { name: '提交登记' })
    expect(screen.queryByLabelText('楼栋')).toBeNull()
    typeInto('姓名', '赵新民')
    typeInto('手机号', '13912345678')
    fireEvent.click(screen.getByRole('radio', { name: '琼林苑4栋' }))
    // Units follow the building chosen.
    expect(screen.queryByRole('radio', { name: '3单元' })).toBeNull()
    fireEvent.click(screen.getByRole('radio', { name: '2单元' }))
    fireEvent.click(screen.getByRole('button', { name: '提交登记' }))
    await waitFor(() =>
      expect(registerResident).toHaveBeenCalledWith({ name: '赵新民', phone: '13912345678', building: '琼林苑4栋', unit: '2单元' }),
    )
  })

  it('tells someone already registered that they need not register again', async () => {
    fetchMe.mockResolvedValue(ok(residentMe))
    renderPage()
    expect(await screen.findByText('您已登记为居民')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '提交登记' })).toBeNull()
  })
})
