import type { Page } from 'playwright-core'
import { elderSizeProblems, seriousViolations, setElderMode } from './a11y-checks'
import { useAppUnderTest } from './app'
import { TABS } from '../../src/features/tabbar/tabs'

/**
 * Accessibility, tested rather than assumed: every page of the app (read from src/app.config.ts, so
 * pages added later are covered without touching this file) is opened as the committee admin and as
 * an elder, in normal and in elder mode; axe-core must report no serious or critical violation. In
 * elder mode every visible text on the page and in the tab bar is at least 22px and every visible tap
 * target (buttons, role=button, links, navigators, the tabs) at least 44px high; on the tab pages the
 * tab bar must be there to be measured.
 */
const app = useAppUnderTest()

/** Pages that read an id from the query: opened with a real one from the demo community (server/seed). */
const QUERY: Record<string, string> = {
  'pages/notices-detail/index': 'id=n-seed-theme-day',
  'admin/notices-stats/index': 'id=n-seed-theme-day',
  'admin/notices-edit/index': 'id=n-seed-theme-day',
  'admin/member/index': 'id=m-elder',
  'pages/study-detail/index': 'id=sm-seed-charter',
  'admin/study-edit/index': 'id=sm-seed-charter',
  'admin/study-assign/index': 'id=sm-seed-charter',
  'admin/study-material-stats/index': 'id=sm-seed-charter',
  'pages/activities-detail/index': 'id=act-seed-theme-day',
  'pages/activities-checkin/index': 'id=act-seed-theme-day',
  'admin/activities-edit/index': 'id=act-seed-theme-day',
  'admin/activities-code/index': 'id=act-seed-theme-day',
  'admin/activities-attendance/index': 'id=act-seed-past-theme-day',
  'pages/community-wish/index': 'id=wish-seed-radio',
  'pages/community-ticket/index': 'id=ticket-seed-drain',
  'admin/community-ticket/index': 'id=ticket-seed-patrol',
  'pages/care-visit/index': 'elderId=m-elder&name=%E6%9D%8E%E6%A1%82%E5%85%B0',
}

/** Every page of the H5 build, main package and subpackages, as app.config.ts lists them. */
function appPages(): string[] {
  const shim = globalThis as { defineAppConfig?: (config: unknown) => unknown }
  const previous = process.env.TARO_ENV
  shim.defineAppConfig = (config) => config
  process.env.TARO_ENV = 'h5'
  try {
    const config = (
      require('../../src/app.config') as { default: { pages: string[]; subPackages?: Array<{ root: string; pages: string[] }> } }
    ).default
    return [...config.pages, ...(config.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))]
  } finally {
    process.env.TARO_ENV = previous
    delete shim.defineAppConfig
  }
}

const PAGES = appPages()
const TAB_PATHS = TABS.map((tab) => tab.pagePath)

async function signIn(page: Page, name: string) {
  await page.goto(app.cloud.url)
  await page.getByText('选择一个身份进入').waitFor()
  await page.getByText(name, { exact: true }).first().click()
  await page.getByText(`您好，${name}`).filter({ visible: true }).first().waitFor()
}

/** A fresh document for the page (the H5 router would otherwise keep earlier pages, hidden). */
async function open(page: Page, path: string) {
  const query = QUERY[path] ? `?${QUERY[path]}` : ''
  await page.goto('about:blank')
  await page.goto(`${app.cloud.url}/#/${path}${query}`)
  await page.locator('.hl-page').filter({ visible: true }).first().waitFor()
  // Wait until nothing on screen is still loading (PageState's spinner is aria-busy).
  await page.waitForFunction(
    () => !Array.from(document.querySelectorAll('[aria-busy="true"]')).some((el) => el.getClientRects().length > 0),
    null,
    { timeout: 15_000 },
  )
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined)
}

async function checkEveryPage(name: string, elder: boolean) {
  const context = await app.newPhoneContext()
  const page = await context.newPage()
  try {
    await signIn(page, name)
    await setElderMode(page, elder)
    const problems: string[] = []
    const measured = { texts: 0, targets: 0, tabPagesWithTabBar: 0 }
    for (const path of PAGES) {
      await open(page, path)
      for (const violation of await seriousViolations(page)) problems.push(`${path}: ${violation}`)
      if (!elder) continue
      const sizes = await elderSizeProblems(page)
      for (const problem of sizes.problems) problems.push(`${path}: ${problem}`)
      measured.texts += sizes.texts
      measured.targets += sizes.targets
      // On a tab page the tab bar is there and was measured (its labels and tabs, like the page's).
      if (TAB_PATHS.includes(path)) {
        if (sizes.tabs === TABS.length) measured.tabPagesWithTabBar += 1
        else problems.push(`${path}: ${sizes.tabs} tabs of the tab bar on screen, expected ${TABS.length}`)
      }
    }
    return { problems, measured }
  } finally {
    await context.close()
  }
}

describe('accessibility of every page (axe-core in Chromium)', () => {
  it('reads the page list from app.config.ts', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['pages/home/index', 'pages/mine/index', 'pages/dev-login/index', 'admin/roster/index']))
    expect(PAGES.length).toBeGreaterThan(20)
  })

  for (const [name, who] of [
    ['王建华', 'the committee admin'],
    ['李桂兰', 'an elder'],
  ] as const) {
    it(`${who} (${name}), normal mode: no serious or critical violations`, async () => {
      expect((await checkEveryPage(name, false)).problems).toEqual([])
    }, 300_000)

    it(`${who} (${name}), elder mode: no serious or critical violations, text ≥ 22px, tap targets ≥ 44px`, async () => {
      const { problems, measured } = await checkEveryPage(name, true)
      expect(problems).toEqual([])
      // The size checks did look at real text and real buttons (a selector that matched nothing would pass).
      expect(measured.texts).toBeGreaterThan(PAGES.length * 3)
      expect(measured.targets).toBeGreaterThan(PAGES.length)
      expect(measured.tabPagesWithTabBar).toBe(TABS.length)
    }, 300_000)
  }
})
