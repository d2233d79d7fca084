import { fireEvent, screen } from '@testing-library/react'
import { ok } from '@core/envelope'
import { taroStorage } from './mocks/taro'
import { taroExtras } from './helpers/taro-extras'
import { elderMe, memberMe } from './helpers/fixtures'
import { fetchMe } from './helpers/members-service-mock'
import { renderInApp } from './helpers/render'
import { resetSignIn } from './helpers/signed-in'

jest.mock('../../src/services/members', () => require('./helpers/members-service-mock'))
jest.mock('../../src/features/elder/systemFont', () => ({ systemPrefersLargeText: jest.fn(() => false) }))

const systemFont = jest.requireMock<{ systemPrefersLargeText: jest.Mock }>('../../src/features/elder/systemFont')
const MinePage = (require('../../src/pages/mine/index') as typeof import('../../src/pages/mine/index')).default

const renderMine = () => renderInApp(MinePage)

const pageRoot = (container: HTMLElement) => container.querySelector('.hl-page') as HTMLElement

beforeEach(() => {
  resetSignIn()
  fetchMe.mockResolvedValue(ok(memberMe))
  systemFont.systemPrefersLargeText.mockReturnValue(false)
})

describe('长辈模式', () => {
  it('turns on large type for the page when the switch is tapped, says so in words, and remembers it', async () => {
    const { container } = renderMine()
    await screen.findByText('张建国')
    expect(screen.getByText('已关闭')).toBeTruthy()
    expect(pageRoot(container).classList.contains('hl-page--elder')).toBe(false)

    fireEvent.click(screen.getByRole('switch', { name: '长辈模式' }))

    expect(screen.getByText('已开启')).toBeTruthy()
    expect(pageRoot(container).classList.contains('hl-page--elder')).toBe(true)
    expect(taroStorage.get('honglin.elderMode')).toBe('on')
  })

  it('starts in elder mode next time when the person turned it on before', async () => {
    taroStorage.set('honglin.elderMode', 'on')
    const { container } = renderMine()
    await screen.findByText('张建国')
    expect(pageRoot(container).classList.contains('hl-page--elder')).toBe(true)
    expect(screen.getByText(/这是您自己的设置，会一直保留。/)).toBeTruthy()
  })

  it('follows WeChat’s large font setting until the person chooses, and can go back to following it', async () => {
    systemFont.systemPrefersLargeText.mockReturnValue(true)
    const { container } = renderMine()
    await screen.findByText('张建国')
    expect(pageRoot(container).classList.contains('hl-page--elder')).toBe(true)
    expect(screen.getByText('目前跟随微信的字体大小设置。')).toBeTruthy()

    fireEvent.click(screen.getByRole('switch', { name: '长辈模式' }))
    expect(pageRoot(container).classList.contains('hl-page--elder')).toBe(false)
    expect(taroStorage.get('honglin.elderMode')).toBe('off')

    fireEvent.click(screen.getByRole('button', { name: '改回默认设置' }))
    expect(pageRoot(container).classList.contains('hl-page--elder')).toBe(true)
    expect(taroStorage.has('honglin.elderMode')).toBe(false)
  })

  it('is on by default for someone flagged 长辈, says why, and can still be switched off (and stays off)', async () => {
    fetchMe.mockResolvedValue(ok(elderMe))
    const { container, unmount } = renderMine()
    await screen.findByText('张建国')
    expect(pageRoot(container).classList.contains('hl-page--elder')).toBe(true)
    expect(screen.getByText('已开启')).toBeTruthy()
    expect(screen.getByText('您是长辈，已为您自动开启；不需要可以关掉。')).toBeTruthy()

    fireEvent.click(screen.getByRole('switch', { name: '长辈模式' }))
    expect(pageRoot(container).classList.contains('hl-page--elder')).toBe(false)
    expect(taroStorage.get('honglin.elderMode')).toBe('off')
    unmount()

    const again = renderMine()
    await screen.findByText('张建国')
    expect(pageRoot(again.container).classList.contains('hl-page--elder')).toBe(false)
  })

  it('an elder’s helper is shown with the whole number and a call button in normal mode too', async () => {
    fetchMe.mockResolvedValue(ok(elderMe))
    taroStorage.set('honglin.elderMode', 'off')
    renderMine()
    await screen.findByText('李秀英')
    expect(screen.getByTestId('helper-phone').textContent).toBe('13700002222')
    fireEvent.click(screen.getByRole('button', { name: '拨打电话' }))
    expect(taroExtras.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13700002222' })
  })

  it('shows the elder flag of the profile as the word 长辈, not by colour', async () => {
    fetchMe.mockResolvedValue(ok(elderMe))
    renderMine()
    await screen.findByText('张建国')
    expect(screen.getByText('长辈')).toBeTruthy()
    expect(screen.getByText('138****1234')).toBeTruthy()
    expect(screen.getByText('3号楼 2单元')).toBeTruthy()
  })
})
