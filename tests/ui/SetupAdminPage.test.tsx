import { fireEvent, screen, waitFor } from '@testing-library/react'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { fillInAndTap, renderElementInApp } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'
import Taro from './mocks/taro'
import { visitorMe } from './helpers/fixtures'
import { residentMe } from './helpers/more-fixtures'
import { fetchMe, setupFirstAdmin } from './helpers/members-service-mock'

jest.mock('@tarojs/components', () => require('./helpers/components-with-inputs'))
jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))

// esbuild hoists imports above jest.mock: what must see the mocks is required after it.
const { resetMe } = require('../../src/features/members/meStore') as typeof import('../../src/features/members/meStore')
const SetupAdminPage = (require('../../src/pages/setup-admin/index') as typeof import('../../src/pages/setup-admin/index')).default
const RegisterPage = (require('../../src/pages/register/index') as typeof import('../../src/pages/register/index')).default

const committee = { id: 'org-committee', name: '滨湖世纪社区党委', level: 'committee' as const }
const adminMe = { ...visitorMe, role: 'admin' as const, scope: committee }

const renderPage = (page = <SetupAdminPage />) => renderElementInApp(page)

beforeEach(resetSignIn)

describe('社区党委管理员初始化', () => {
  it('is reached from the register page a visitor opens', async () => {
    fetchMe.mockResolvedValue(ok(visitorMe))
    renderPage(<RegisterPage />)
    fireEvent.click(await screen.findByRole('button', { name: '我是社区党委管理员，输入初始化码' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/setup-admin/index' })
  })

  it('is offered to a resident who registered first, and not to an admin', async () => {
    fetchMe.mockResolvedValue(ok(residentMe))
    const resident = renderPage(<RegisterPage />)
    expect(await screen.findByRole('button', { name: '我是社区党委管理员，输入初始化码' })).toBeTruthy()
    resident.unmount()
    resetMe()
    fetchMe.mockResolvedValue(ok(adminMe))
    renderPage(<RegisterPage />)
    expect(await screen.findByText(/您已登记为/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: '我是社区党委管理员，输入初始化码' })).toBeNull()
  })

  it('asks for both fields before sending anything', async () => {
    fetchMe.mockResolvedValue(ok(visitorMe))
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '确认初始化' }))
    expect(screen.getByText('⚠ 请输入初始化码')).toBeTruthy()
    expect(screen.getByText('⚠ 请填写社区党委名称')).toBeTruthy()
    expect(setupFirstAdmin).not.toHaveBeenCalled()
  })

  it('says plainly when the code is wrong or already used, and keeps what was typed', async () => {
    fetchMe.mockResolvedValue(ok(visitorMe))
    setupFirstAdmin.mockResolvedValueOnce(fail(appError('SETUP.WRONG_CODE'))).mockResolvedValueOnce(fail(appError('SETUP.USED')))
    renderPage()
    await screen.findByRole('button', { name: '确认初始化' })
    fillInAndTap({ 初始化码: 'not-the-code', 社区党委名称: '滨湖世纪社区党委' }, '确认初始化')
    expect(await screen.findByText('⚠ 初始化码不正确，请核对后再试')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '确认初始化' }))
    expect(await screen.findByText(/⚠ 初始化码已使用/)).toBeTruthy()
    expect((screen.getByLabelText('社区党委名称') as HTMLInputElement).value).toBe('滨湖世纪社区党委')
    expect(Taro.switchTab).not.toHaveBeenCalled()
  })

  it('sends the trimmed code, reloads who I am and goes to 首页 as the admin', async () => {
    fetchMe.mockResolvedValueOnce(ok(visitorMe)).mockResolvedValue(ok(adminMe))
    setupFirstAdmin.mockResolvedValue(ok({ scope: committee, committeeCreated: true }))
    renderPage()
    await screen.findByRole('button', { name: '确认初始化' })
    fillInAndTap({ 初始化码: '  honglin-setup-7f3a9c21 ', 社区党委名称: '滨湖世纪社区党委' }, '确认初始化')
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' }))
    expect(setupFirstAdmin).toHaveBeenCalledWith({ code: 'honglin-setup-7f3a9c21', committeeName: '滨湖世纪社区党委' })
    expect(fetchMe).toHaveBeenCalledTimes(2)
  })

  it('tells an admin there is nothing to do, and shows an error with 重试 when 我的身份 cannot load', async () => {
    fetchMe.mockResolvedValueOnce(fail(appError('COMMON.INTERNAL'))).mockResolvedValue(ok(adminMe))
    renderPage()
    fireEvent.click(await screen.findByRole('button', { name: '重试' }))
    expect(await screen.findByText('您已是社区党委管理员')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '确认初始化' })).toBeNull()
  })
})
