import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { monthsEndingWith } from '../../core/stats/months'
import { beijingMonth } from '../../core/time'
import { dataOf, P, signIn } from '../support'
import { useAppUnderTest } from './app'
import { a11yProblems, openPage, walkAs } from './walk'

/**
 * 学习情况 and 数据看板 in the H5 app against the real local cloud, on the demo data (issue 16.3–16.5):
 * a secretary finds who in the branch is below the 学时 target (with the elder's helper) and who has
 * not studied an assigned material; the committee sees it per branch. The dashboard, after the
 * summaries of the last 12 months are computed, shows real numbers to the secretary (own branch) and
 * the committee (community and branches); screenshots in test-artifacts/orglife; axe 0 serious or
 * critical in normal and elder mode.
 */
const app = useAppUnderTest()
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'orglife')

async function snap(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
}

const number = async (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first().innerText()

describe('study figures and the dashboard for managers', () => {
  it('a secretary sees who is below the 学时 target and who has not studied an assigned material; the committee sees branches', async () => {
    const page = await walkAs(app, '刘秀英')
    await openPage(page, app, 'admin/study-figures/index')
    const elder = page.getByTestId('figures-member').filter({ visible: true, hasText: '李桂兰' })
    await elder.first().waitFor()
    expect(await elder.first().innerText()).toContain('结对党员：张晓东')
    expect(await elder.first().innerText()).toContain('未达标')
    expect(await number(page, 'figures-totals')).toMatch(/未达标 [1-9]\d* 人/)
    await snap(page, 'study-figures-secretary')

    await page.getByText('看谁还没学').filter({ visible: true }).first().click()
    await page.getByTestId('material-stats-numbers').filter({ visible: true }).first().waitFor()
    expect(await number(page, 'material-stats-numbers')).toMatch(/应学 \d+ 人 · 已学 \d+ 人 · 未学 [1-9]\d* 人/)
    const notStudied = page.getByTestId('material-person').filter({ visible: true })
    await notStudied.first().waitFor()
    expect(await notStudied.first().innerText()).toContain('未学')
    await snap(page, 'material-not-studied')
    expect(await a11yProblems(page, app, 'admin/study-figures/index')).toEqual([])
    await page.context().close()

    const admin = await walkAs(app, '王建华')
    await openPage(admin, app, 'admin/study-figures/index')
    const chart = admin.getByTestId('figures-branches').filter({ visible: true }).first()
    await chart.waitFor()
    expect(await chart.getAttribute('aria-label')).toMatch(/第一党支部（琼林苑）：人均 [\d.]+ 学时，目标 32 学时，未达标 \d+ \/ \d+ 人/)
    await snap(admin, 'study-figures-committee')
    await admin.context().close()
  })

  it('the dashboard shows the seeded numbers to the secretary and the committee, each chart with its numbers, axe-clean', async () => {
    const committee = await signIn(app.cloud.url, P.admin)
    const months = monthsEndingWith(beijingMonth(new Date()), 12)
    const report = dataOf(await committee.stats.refreshStats({ months }))
    expect(report.written).toBe(12 * 5)

    for (const [name, file] of [
      ['刘秀英', 'dashboard-secretary'],
      ['王建华', 'dashboard-committee'],
    ] as const) {
      const page = await walkAs(app, name)
      await openPage(page, app, 'admin/stats-dashboard/index')
      await page.getByTestId('dashboard-activities').filter({ visible: true }).first().waitFor()
      expect(await number(page, 'dashboard-activities')).toMatch(/共 [1-9]\d* 场活动，参与 \d+ 人次/)
      expect(await number(page, 'dashboard-study')).toMatch(/今年人均 [1-9][\d.]* 学时，目标 3\d 学时/)
      expect(await number(page, 'dashboard-balance')).toMatch(/未兑付余额 \d+ 分/)
      expect(await number(page, 'dashboard-meetings')).toMatch(/应开 [1-9]\d* 次，已开 \d+ 次/)
      for (const chart of ['chart-activities', 'chart-volunteer', 'chart-points', 'chart-study', 'chart-notices', 'chart-meetings']) {
        const label = await page.getByTestId(chart).filter({ visible: true }).first().getAttribute('aria-label')
        expect(label).toMatch(/\d/)
      }
      if (name === '王建华') expect(await page.getByTestId('dashboard-branch').filter({ visible: true }).count()).toBe(4)
      await snap(page, file)
      expect(await a11yProblems(page, app, 'admin/stats-dashboard/index')).toEqual([])
      await page.context().close()
    }
  })
})
