import { act, fireEvent, screen } from '@testing-library/react'
import { appError } from '@core/errors'
import { fail, ok } from '@core/envelope'
import { triggerPullDownRefresh } from './mocks/taro'
import { memberMe, visitorMe } from './helpers/fixtures'
import { fetchMe } from './helpers/members-service-mock'
import { renderInApp } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'

jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))

// The jest transform (esbuild) hoists imports above jest.mock, so whatever must see the mocked
// service is required after it.
const HomePage = (require('../../src/pages/home/index') as typeof import('../../src/pages/home/index')).default

const renderHome = () => renderInApp(HomePage)

beforeEach(resetSignIn)

describe('首页 greeting', () => {
  it('shows loading, then greets the member by name with role and organisation path', async () => {
    fetchMe.mockResolvedValue(ok(memberMe))
    renderHome()
    expect(screen.getByText('正在加载…')).toBeTruthy()

    expect(await screen.findByText('您好，张建国')).toBeTruthy()
    expect(screen.getByText('党员')).toBeTruthy()
    expect(screen.queryByText('长辈')).toBeNull()
    expect(screen.getByText('滨湖世纪社区党委')).toBeTruthy()
    expect(screen.getByText('琼临网格党总支')).toBeTruthy()
    expect(screen.getByText('第一党支部')).toBeTruthy()
    expect(screen.getByText('我所在')).toBeTruthy()
    expect(screen.queryByText('正在加载…')).toBeNull()
  })

  it('tells a visitor they have not registered and offers the two ways in', async () => {
    fetchMe.mockResolvedValue(ok(visitorMe))
    renderHome()
    expect(await screen.findByText('您好，欢迎来到红邻')).toBeTruthy()
    expect(screen.getByText('访客')).toBeTruthy()
    expect(screen.getByText('您还未登记')).toBeTruthy()
    expect(screen.getByRole('button', { name: '登记为居民' })).toBeTruthy()
    expect(screen.getByRole('button', { name: /我是党员/ })).toBeTruthy()
  })

  it('says what went wrong and loads again when 重试 is tapped', async () => {
    fetchMe.mockResolvedValueOnce(fail(appError('COMMON.INTERNAL', '网络连接失败，请检查网络后重试'))).mockResolvedValueOnce(ok(memberMe))
    renderHome()

    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))

    expect(await screen.findByText('您好，张建国')).toBeTruthy()
    expect(fetchMe).toHaveBeenCalledTimes(2)
  })

  it('keeps showing the person when a pull-to-refresh fails, with a notice and a retry', async () => {
    fetchMe.mockResolvedValueOnce(ok(memberMe)).mockResolvedValueOnce(fail(appError('COMMON.INTERNAL')))
    renderHome()
    await screen.findByText('您好，张建国')

    await act(async () => {
      triggerPullDownRefresh()
    })

    expect(await screen.findByText('刷新没有成功：系统繁忙，请稍后再试')).toBeTruthy()
    expect(screen.getByText('您好，张建国')).toBeTruthy()
  })
})
