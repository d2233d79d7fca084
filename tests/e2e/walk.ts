import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { elderSizeProblems, seriousViolations, setElderMode } from './a11y-checks'
import type { AppUnderTest } from './app'

/** What a first-time walk sees: a 390×844 phone, screenshots kept in test-artifacts/walk (gitignored). */
export const WALK_PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' } as const
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'walk')

export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
}

/** A new phone window: the demo person `name`, or a brand-new WeChat visitor (null). */
export async function walkAs(app: AppUnderTest, name: string | null): Promise<Page> {
  const page = await (await app.browser.newContext(WALK_PHONE)).newPage()
  await page.goto(app.cloud.url)
  if (name === null) {
    await page.getByText('以新访客身份进入').click()
    await page.getByText('您还未登记').waitFor()
  } else {
    await page.getByText('选择一个身份进入').waitFor()
    await page.getByText(name, { exact: true }).first().click()
    await page.getByText(`您好，${name}`).filter({ visible: true }).first().waitFor()
  }
  return page
}

/** A fresh document for `path` (the H5 router keeps earlier pages in the DOM), once nothing is loading. */
export async function openPage(page: Page, app: AppUnderTest, path: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${app.cloud.url}/#/${path}`)
  await page.locator('.hl-page').filter({ visible: true }).first().waitFor()
  await page.waitForFunction(
    () => !Array.from(document.querySelectorAll('[aria-busy="true"]')).some((el) => el.getClientRects().length > 0),
    null,
    { timeout: 15_000 },
  )
}

/** axe-core serious/critical violations of `path`, in normal and in elder mode (with elder sizes). */
export async function a11yProblems(page: Page, app: AppUnderTest, path: string): Promise<string[]> {
  const problems: string[] = []
  for (const elder of [false, true]) {
    await setElderMode(page, elder)
    await openPage(page, app, path)
    for (const v of await seriousViolations(page)) problems.push(`${elder ? 'elder' : 'normal'} ${path}: ${v}`)
    if (elder) for (const p of (await elderSizeProblems(page)).problems) problems.push(`elder ${path}: ${p}`)
  }
  await setElderMode(page, false)
  return problems
}

export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.hl-page'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => (el as HTMLElement).innerText)
      .join('\n'),
  )
}
