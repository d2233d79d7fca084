import type { Page } from 'playwright-core'
import { useAppUnderTest } from './app'

const app = useAppUnderTest()

async function enterAsNewVisitor(): Promise<Page> {
  const context = await app.newPhoneContext()
  const page = await context.newPage()
  await page.goto(app.cloud.url)
  await page.getByText('以新访客身份进入').click()
  await page.getByText('您还未登记').waitFor()
  return page
}

describe('a visitor registers as a resident', () => {
  it('sees the phone error under the phone field, fixes it, and is greeted as 居民', async () => {
    const page = await enterAsNewVisitor()
    await page.getByText('登记为居民', { exact: true }).click()

    await page.locator('input[placeholder="请输入姓名"]').fill('赵新民')
    await page.locator('input[placeholder="请输入 11 位手机号"]').fill('12345')
    await page.getByRole('radio', { name: '琼林苑5栋' }).click()
    await page.getByRole('radio', { name: '1单元' }).click()
    await page.getByText('提交登记', { exact: true }).click()

    // The server's COMMON.VALIDATION names the field; the page says it in Chinese under that field.
    await page.getByText('手机号应为 11 位数字，以 1 开头').waitFor()
    expect(await page.locator('body').innerText()).not.toContain('phone：')

    await page.locator('input[placeholder="请输入 11 位手机号"]').fill('13712340001')
    await page.getByText('提交登记', { exact: true }).click()

    await page.getByText('您好，赵新民').waitFor()
    await page.getByText('您已登记为社区居民，住在琼林苑5栋 1单元。').waitFor()
    await page.locator('.hl-greeting__badge', { hasText: '居民' }).waitFor()
    expect(await page.locator('body').innerText()).not.toContain('您还未登记')

    // Still a resident after a reload (it was stored, not just shown).
    await page.reload()
    await page.getByText('您好，赵新民').waitFor()
    await page.context().close()
  })
})
