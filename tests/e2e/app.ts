import type { Browser, BrowserContext } from 'playwright-core'
import { launchBrowser } from './browser'
import { startLocalCloud, type RunningCloud } from './local-cloud'

/** A phone-sized, Chinese-locale browser window, like a user's WeChat webview. */
export const PHONE = { viewport: { width: 375, height: 760 }, deviceScaleFactor: 2, locale: 'zh-CN' } as const

/**
 * One real local cloud and one Chromium for a test file, started before its tests and stopped
 * after them. Read `app.cloud` / `app.browser` inside tests (they exist once beforeAll has run).
 */
export function useAppUnderTest(): { readonly cloud: RunningCloud; readonly browser: Browser; newPhoneContext(): Promise<BrowserContext> } {
  let cloud: RunningCloud | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    ;[cloud, browser] = await Promise.all([startLocalCloud(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await cloud?.stop()
  })
  return {
    get cloud() {
      if (!cloud) throw new Error('the local cloud is not running yet')
      return cloud
    },
    get browser() {
      if (!browser) throw new Error('the browser is not running yet')
      return browser
    },
    newPhoneContext() {
      return this.browser.newContext(PHONE)
    },
  }
}
