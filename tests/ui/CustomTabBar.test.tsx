import { act, fireEvent, screen } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileString } from 'sass'
import Taro, { resetTaroMock, taroStorage } from './mocks/taro'
import { renderInApp } from './helpers/render'

jest.mock('../../src/features/elder/systemFont', () => ({ systemPrefersLargeText: jest.fn(() => false) }))

const CustomTabBar = (require('../../src/custom-tab-bar/index') as typeof import('../../src/custom-tab-bar/index')).default
const { setCurrentTab } = require('../../src/features/tabbar/currentTab') as typeof import('../../src/features/tabbar/currentTab')
const { applyElderTabBar } = require('../../src/features/elder/tabBarSize') as typeof import('../../src/features/elder/tabBarSize')

const getCurrentPages = Taro.getCurrentPages as jest.Mock
const selectedTab = () => screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent

beforeEach(() => {
  resetTaroMock()
  applyElderTabBar(false)
  getCurrentPages.mockImplementation(() => [{ route: 'pages/home/index' }, { route: 'pages/points/index' }])
})

describe('the mini-program’s own tab bar (src/custom-tab-bar)', () => {
  it('shows the four tabs and marks the page on top before any tab page said it was shown', () => {
    renderInApp(CustomTabBar)
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['首页', '活动', '积分', '我的'])
    expect(selectedTab()).toBe('积分')
    expect(screen.getByRole('tab', { name: '积分' }).querySelector('img')?.getAttribute('src')).toBe('/assets/tabbar/points-active.png')
    expect(screen.getByRole('tab', { name: '首页' }).querySelector('img')?.getAttribute('src')).toBe('/assets/tabbar/home.png')
  })

  it('switches with Taro.switchTab and marks the new tab at once; tapping the current tab does nothing', () => {
    act(() => setCurrentTab(0))
    renderInApp(CustomTabBar)
    expect(selectedTab()).toBe('首页')
    fireEvent.click(screen.getByRole('tab', { name: '首页' }))
    expect(Taro.switchTab).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('tab', { name: '我的' }))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
    expect(selectedTab()).toBe('我的')
    // A tab page shown (PageRoot's useTabShown in the mini-program) moves the mark in every instance.
    act(() => setCurrentTab(1))
    expect(selectedTab()).toBe('活动')
  })

  it('is large in 长辈模式 and normal otherwise, following the switch', () => {
    const { container, unmount } = renderInApp(CustomTabBar)
    expect(container.querySelector('.hl-tabbar')?.classList.contains('hl-tabbar--elder')).toBe(false)
    unmount()
    taroStorage.set('honglin.elderMode', 'on')
    const again = renderInApp(CustomTabBar)
    expect(again.container.querySelector('.hl-tabbar')?.classList.contains('hl-tabbar--elder')).toBe(true)
  })

  it('its stylesheet gives elder mode 22px labels and ≥ 44px tabs (normal: 14px labels, 50px)', () => {
    const css = compileString(readFileSync(join(__dirname, '../../src/custom-tab-bar/index.scss'), 'utf8')).css.replace(/\s+/g, ' ')
    const rule = (selector: string) => css.match(new RegExp(`${selector.replace(/[.]/g, '\\.')} \\{([^}]*)\\}`))?.[1] ?? ''
    const px = (block: string, property: string) => Number(block.match(new RegExp(`${property}: (\\d+)px`))?.[1] ?? 0)
    expect(px(rule('.hl-tabbar--elder .hl-tabbar__label'), 'font-size')).toBeGreaterThanOrEqual(22)
    expect(px(rule('.hl-tabbar--elder .hl-tabbar__item'), 'min-height')).toBeGreaterThanOrEqual(44)
    expect(px(rule('.hl-tabbar__label'), 'font-size')).toBe(14)
    expect(px(rule('.hl-tabbar__item'), 'min-height')).toBeGreaterThanOrEqual(44)
  })
})
