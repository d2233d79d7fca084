import { dataOf, P, signIn } from '../support'
import { useAppUnderTest } from './app'
import { a11yProblems, openPage, snap, visibleText, walkAs } from './walk'

/**
 * Issue 14, item 1: 楼栋 is a choice from the community's own list (kept by the committee beside the
 * org tree), so a new resident is in their building for notices and the 本楼栋 ranking however they
 * would have typed it; over-long text is refused, not cut.
 */
const app = useAppUnderTest()

describe('buildings as a choice', () => {
  it('a new visitor picks building and unit from the list and receives that building’s notice', async () => {
    const page = await walkAs(app, null)
    await page.getByText('登记为居民', { exact: true }).click()
    await page.locator('input[placeholder="请输入姓名"]').fill('孙秀芳')
    await page.locator('input[placeholder="请输入 11 位手机号"]').fill('13712349901')
    // No box to type a building into: the list's buildings, then that building's units.
    expect(await page.locator('input[placeholder="例如：琼林苑3栋"]').count()).toBe(0)
    await page.getByRole('radio', { name: '琼林苑3栋' }).click()
    await page.getByRole('radio', { name: '2单元' }).click()
    await snap(page, '1-register-building-choice')
    await page.getByText('提交登记', { exact: true }).click()
    await page.getByText('您已登记为社区居民，住在琼林苑3栋 2单元。').waitFor()

    const admin = await signIn(app.cloud.url, P.admin)
    const notice = await admin.notices.publish({
      draftId: 'walk-building-notice',
      fields: {
        title: '琼林苑3栋明日停水',
        body: '明天上午 9 点到 12 点停水，请提前储水。',
        audience: { kind: 'building', building: '琼林苑3栋' },
      },
    })
    dataOf(notice)
    await openPage(page, app, 'pages/notices-list/index')
    await page.getByText('琼林苑3栋明日停水').first().waitFor()
    await snap(page, '1-building-notice-reaches-resident')
    await page.context().close()
  })

  it('the committee keeps the list next to the org tree; a typed 9号楼 is stored as 9栋', async () => {
    const page = await walkAs(app, '王建华')
    await openPage(page, app, 'admin/org/index')
    await page.getByText('楼栋与单元 ›').click()
    await page.getByText('社区的楼栋').waitFor()
    await page.locator('input[placeholder="如 琼林苑7栋"]').fill('临滨苑 9 号楼')
    await page.getByText('添加楼栋', { exact: true }).last().click()
    await page.getByText('临滨苑9栋', { exact: true }).waitFor()
    await page.getByText('检查手写楼栋').click()
    await page.getByText('所有楼栋都已在列表中，不需要整理。').waitFor()
    await snap(page, '1-admin-buildings')
    expect(await visibleText(page)).not.toContain('临滨苑 9 号楼')
    expect(await a11yProblems(page, app, 'admin/buildings/index')).toEqual([])
    await page.context().close()
  })

  it('an over-long building is refused with a reason, never cut', async () => {
    const visitor = await signIn(app.cloud.url, 'walk-long-typer')
    const reply = await visitor.members.register({ name: '张三', phone: '13712349902', building: '琼林苑'.repeat(11), unit: '' })
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION', field: 'building', message: expect.stringContaining('最多 30 个字') },
    })
  })
})
