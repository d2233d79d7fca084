import type { Page } from 'playwright-core'
import { useAppUnderTest } from './app'

const app = useAppUnderTest()

async function openAppSignedOut(): Promise<Page> {
  const context = await app.newPhoneContext()
  const page = await context.newPage()
  await page.goto(app.cloud.url)
  return page
}

async function signInAs(page: Page, name: string): Promise<void> {
  await page.getByText('选择一个身份进入').waitFor()
  await page.getByText(name, { exact: true }).first().click()
}

describe('local sign-in in the H5 app', () => {
  it('sends a signed-out visitor to the sign-in page, which lists the demo people by role', async () => {
    const page = await openAppSignedOut()
    await page.getByText('选择一个身份进入').waitFor()
    for (const text of ['王建华', '刘秀英', '张晓东', '李桂兰', '赵丽娜', '以新访客身份进入']) {
      await page.getByText(text, { exact: true }).first().waitFor()
    }
    await page.context().close()
  })

  it('signs in as the demo member and greets them by name with their role and branch', async () => {
    const page = await openAppSignedOut()
    await signInAs(page, '张晓东')
    await page.getByText('您好，张晓东').waitFor()
    const body = await page.locator('body').innerText()
    expect(body).toContain('党员')
    expect(body).toContain('第一党支部（琼林苑）')
    await page.context().close()
  })

  it('shows the committee admin their role and keeps the session across a reload', async () => {
    const page = await openAppSignedOut()
    await signInAs(page, '王建华')
    await page.getByText('您好，王建华').waitFor()
    expect(await page.locator('body').innerText()).toContain('社区党委')
    await page.reload()
    await page.getByText('您好，王建华').waitFor()
    await page.context().close()
  })

  it('lets a new WeChat visitor in as a visitor', async () => {
    const page = await openAppSignedOut()
    await page.getByText('以新访客身份进入').click()
    await page.getByText('您还未登记').waitFor()
    await page.context().close()
  })
})
