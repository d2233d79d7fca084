import { dataOf, P, signIn } from '../support'
import { useAppUnderTest } from './app'
import { a11yProblems, openPage, snap, visibleText, walkAs } from './walk'

/**
 * Issue 14, items 3, 5 and 7: the audit log in words with filters; 「+ 添加照片」 visible; the new
 * member form does not show an unchosen branch as chosen.
 */
const app = useAppUnderTest()

describe('what managers and residents meet', () => {
  it('the audit log reads as words: who, role, what, on whom, before → after; filters narrow it', async () => {
    const admin = await signIn(app.cloud.url, P.admin)
    dataOf(await admin.members.upsertBuilding({ name: '琼林苑3栋', units: ['1单元', '2单元', '3单元', '4单元'] }))
    const page = await walkAs(app, '王建华')
    await openPage(page, app, 'admin/audit-log/index')
    await page.getByText('新增或修改楼栋').first().waitFor()
    const text = await visibleText(page)
    expect(text).toContain('操作人：王建华（社区党委）')
    expect(text).toContain('对象：琼林苑3栋')
    expect(text).toContain('单元：1单元、2单元、3单元 → 1单元、2单元、3单元、4单元')
    expect(text).not.toMatch(/demo-admin|members\.upsertBuilding|[{}"]/)
    await snap(page, '3-audit-log')
    await page.getByRole('radio', { name: '道德银行' }).click()
    await page.getByText('没有符合条件的操作记录').waitFor()
    expect(await a11yProblems(page, app, 'admin/audit-log/index')).toEqual([])
    await page.context().close()
  })

  it('「+ 添加照片」 is readable: dark enough on white', async () => {
    const page = await walkAs(app, '赵丽娜')
    await openPage(page, app, 'pages/points-deed/index')
    const add = page.getByText('+ 添加照片').first()
    await add.waitFor()
    const [color, disabled] = await add.evaluate((el) => {
      const button = el.closest('taro-button-core, button') ?? el
      return [getComputedStyle(el).color, button.hasAttribute('disabled')] as const
    })
    expect(disabled).toBe(false)
    const [r, g, b] = color.match(/\d+/g)!.map(Number)
    // Relative luminance well below white's (rgba(255,255,255,0.6) was the bug).
    expect((0.2126 * r + 0.7152 * g + 0.0722 * b) / 255).toBeLessThan(0.5)
    await snap(page, '5-photo-picker')
    await page.context().close()
  })

  it('a new member’s branch reads 请选择 until chosen, and saying so is a red line like the others', async () => {
    const page = await walkAs(app, '王建华')
    await openPage(page, app, 'admin/member/index')
    await page.getByText('所在支部 / 党小组').first().waitFor()
    await page.getByRole('button', { name: '所在支部 / 党小组：请选择' }).waitFor()
    await page.getByText('保存', { exact: true }).first().click()
    await page.getByText('⚠ 请选择所在支部或党小组').waitFor()
    await snap(page, '7-new-member-branch')
    await page.context().close()
  })
})
