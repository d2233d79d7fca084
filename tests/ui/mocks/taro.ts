/**
 * The few @tarojs/taro APIs the app uses, for jsdom tests. Storage is an in-memory map
 * (`taroStorage`, cleared by `resetTaroMock`); navigation calls are jest.fn()s that resolve.
 */
export const taroStorage = new Map<string, unknown>()
let pullDownRefresh: (() => void) | null = null

const Taro = {
  getStorageSync: jest.fn((key: string) => (taroStorage.has(key) ? taroStorage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => {
    taroStorage.set(key, value)
  }),
  removeStorageSync: jest.fn((key: string) => {
    taroStorage.delete(key)
  }),
  reLaunch: jest.fn(() => Promise.resolve()),
  navigateTo: jest.fn(() => Promise.resolve()),
  switchTab: jest.fn(() => Promise.resolve()),
  /** The page stack; the top page's `route` is the page shown. */
  getCurrentPages: jest.fn((): Array<{ route: string }> => []),
  showToast: jest.fn(() => Promise.resolve()),
  makePhoneCall: jest.fn(() => Promise.resolve()),
  stopPullDownRefresh: jest.fn(),
  getSystemInfoSync: jest.fn(() => ({ fontSizeSetting: 16 })),
  getAppBaseInfo: jest.fn(() => ({ fontSizeSetting: 16 })),
}

export function usePullDownRefresh(callback: () => void) {
  pullDownRefresh = callback
}

let didShow: (() => void) | null = null

export function useDidShow(callback: () => void) {
  didShow = callback
}

/** Simulates the page being shown (first open, or coming back to it). */
export function triggerDidShow() {
  didShow?.()
}

/** Simulates the person pulling the current page down. */
export function triggerPullDownRefresh() {
  pullDownRefresh?.()
}

const alsoOnReset: Array<() => void> = []

/** Has `reset` run by every resetTaroMock: for the APIs a test helper adds onto this mock (taro-extras). */
export function resetWithTaroMock(reset: () => void) {
  alsoOnReset.push(reset)
}

export function resetTaroMock() {
  taroStorage.clear()
  pullDownRefresh = null
  didShow = null
  Object.values(Taro).forEach((fn) => fn.mockClear())
  alsoOnReset.forEach((reset) => reset())
}

export default Taro
