import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { launchBrowser } from './browser'
import { startLocalCloud, type RunningCloud } from './local-cloud'

/** A phone-sized, Chinese-locale browser window, like a user's WeChat webview. */
export const PHONE = { viewport: { width: 375, height: 760 }, deviceScaleFactor: 2, locale: 'zh-CN' } as const

/** Taro's H5 router keeps pages it has left in the DOM, hidden: look only at what is on screen. */
export function shown(locator: Locator): Locator {
  return locator.filter({ visible: true }).first()
}

/** The app's button (BigButton) whose whole text is `text`, in `scope`. */
export const button = (scope: Page | Locator, text: string) => shown(scope.locator('.hl-button', { hasText: new RegExp(`^${text}$`) }))

/** The card (Card) that shows `text`. */
export const card = (scope: Page | Locator, text: string) => shown(scope.locator('.hl-card', { hasText: text }))

/** The input (or textarea) of the form field (FormField) that shows `label`. */
export const field = (scope: Page | Locator, label: string, tag: 'input' | 'textarea' = 'input') =>
  shown(scope.locator('.hl-field', { hasText: label }).locator(tag))

/** The input of the form field whose label starts with `label` (the activity editor's labels carry hints after it). */
export const fieldLabelled = (page: Page, label: string) =>
  shown(
    page
      .locator('.hl-field')
      .filter({ has: page.locator('.hl-field__label', { hasText: new RegExp(`^${label}`) }) })
      .locator('input'),
  )

/** Taro's H5 confirmation dialog: press its confirm button. */
export async function confirmDialog(page: Page, confirmText: string): Promise<void> {
  await shown(page.locator('.taro__modal .taro-model__confirm', { hasText: confirmText })).click()
}

/** The `id` of the record the page shows (Taro's H5 router keeps the query after `#/`). */
export const idIn = (page: Page) => new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? ''

/**
 * One real local cloud and one Chromium for a test file, started before its tests and stopped
 * after them. Read `app.cloud` / `app.browser` inside tests (they exist once beforeAll has run).
 */
export interface AppUnderTest {
  readonly cloud: RunningCloud
  readonly browser: Browser
  newPhoneContext(): Promise<BrowserContext>
  /** A new phone window signed in on the local sign-in page as the demo person `name`, then on the page at `path` if given. */
  openAs(name: string, path?: string): Promise<Page>
  /** A fresh document for the page at `path` (the H5 router keeps earlier pages in the DOM, hidden). */
  goTo(page: Page, path: string): Promise<void>
}

export function useAppUnderTest(): AppUnderTest {
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
    async openAs(name: string, path?: string) {
      const page = await (await this.newPhoneContext()).newPage()
      await page.goto(this.cloud.url)
      await page.getByText('选择一个身份进入').waitFor()
      await page.getByText(name, { exact: true }).first().click()
      await shown(page.getByText(`您好，${name}`)).waitFor()
      if (path) await this.goTo(page, path)
      return page
    },
    async goTo(page: Page, path: string) {
      await page.goto(`${this.cloud.url}/#/${path}`)
      await page.reload()
    },
  }
}
