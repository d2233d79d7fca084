import { useAppUnderTest } from './app'
import { a11yProblems, openPage, snap, visibleText, walkAs } from './walk'

/**
 * Issue 14, item 2: before registering, 积分 and study pages say what they offer with one tap to
 * register, never "没有权限 / 重试"; a 全体居民 activity says to register first.
 */
const app = useAppUnderTest()

describe('a visitor who has not registered', () => {
  it('sees what 积分 offers and one tap to register, not an error', async () => {
    const page = await walkAs(app, null)
    for (const path of ['pages/points/index', 'pages/points-ranking/index', 'pages/points-deed/index', 'pages/study-list/index']) {
      await openPage(page, app, path)
      const text = await visibleText(page)
      expect(text).not.toMatch(/没有权限|加载没有成功|重试/)
      expect(text).toMatch(/登记后就可以使用|供党员使用/)
    }
    await openPage(page, app, 'pages/points/index')
    await snap(page, '2-visitor-points')
    await page.getByText('登记为居民', { exact: true }).click()
    await page.getByText('登记为社区居民').first().waitFor()
    await page.context().close()
  })

  it('is told to register first on a 全体居民 activity, with the way to do it', async () => {
    const page = await walkAs(app, null)
    await openPage(page, app, 'pages/activities-detail/index?id=act-seed-cleanup')
    await page.getByText('登记为社区居民（党员请申请绑定）后就可以报名').waitFor()
    expect(await visibleText(page)).not.toContain('您不在本活动的参加范围内')
    await snap(page, '2-visitor-activity')
    await page.context().close()
  })

  it('the gate pages pass axe in both modes, with elder sizes', async () => {
    const page = await walkAs(app, null)
    const problems = [
      ...(await a11yProblems(page, app, 'pages/points/index')),
      ...(await a11yProblems(page, app, 'pages/study-list/index')),
      ...(await a11yProblems(page, app, 'pages/activities-detail/index?id=act-seed-cleanup')),
      ...(await a11yProblems(page, app, 'pages/register/index')),
    ]
    expect(problems).toEqual([])
    await page.context().close()
  })
})
