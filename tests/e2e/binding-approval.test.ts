import type { Page } from 'playwright-core'
import { buildDemoCommunity } from '../../server/seed/community'
import { shown, useAppUnderTest } from './app'

const app = useAppUnderTest()

/** Members of 第一党支部 on the seeded roster who have not bound a WeChat account yet. */
// Not flagged 长辈: an elder's 首页 opens in elder mode (four big buttons, no greeting badges).
const unbound = buildDemoCommunity().members.filter(
  (member) => !member.openid && member.orgPath.includes('org-b1') && !member.archived && member.status === 'normal' && !member.elder,
)

async function openSignIn(): Promise<Page> {
  const context = await app.newPhoneContext()
  const page = await context.newPage()
  await page.goto(app.cloud.url)
  await page.getByText('选择一个身份进入').waitFor()
  return page
}

async function visitorRequestsBinding(name: string, phone: string): Promise<Page> {
  const page = await openSignIn()
  await page.getByText('以新访客身份进入').click()
  await page.getByText('我是党员，申请绑定', { exact: true }).click()
  await page.locator('input[placeholder="请输入姓名"]').fill(name)
  await page.locator('input[placeholder="请输入 11 位手机号"]').fill(phone)
  await page.getByText('提交申请', { exact: true }).click()
  await shown(page.locator('.hl-card', { hasText: '党员身份绑定申请' }).getByText('待审核', { exact: true })).waitFor()
  return page
}

async function secretaryOpensApprovals(): Promise<Page> {
  const page = await openSignIn()
  await page.getByText('刘秀英', { exact: true }).first().click()
  await page.getByText('您好，刘秀英').waitFor()
  await page.getByText(/^待审核的绑定申请\s\d+\s条/).click()
  await page.getByText('请核对申请人的姓名、手机号与花名册是否为同一人，再决定通过或驳回。').waitFor()
  return page
}

/** Taro's H5 confirmation dialog: press its confirm button. */
async function confirmDialog(page: Page, confirmText: string) {
  const dialog = page.locator('.taro__modal')
  await dialog.getByText(confirmText, { exact: true }).click()
}

describe('a Party member binds their WeChat to the roster', () => {
  it('is approved by the branch secretary and then sees 党员 with the 第一党支部 path', async () => {
    const member = unbound[0]
    const visitor = await visitorRequestsBinding(member.name, member.phone)

    // 我的 shows the same request status.
    await visitor.locator('.weui-tabbar__label', { hasText: '我的' }).click()
    await shown(visitor.locator('.hl-card', { hasText: '党员身份绑定申请' }).getByText('待审核', { exact: true })).waitFor()

    const secretary = await secretaryOpensApprovals()
    const card = secretary.locator('.hl-card', { hasText: member.phone })
    await card.getByText(member.name).first().waitFor()
    await card.getByText('通过', { exact: true }).click()
    await confirmDialog(secretary, '通过')
    await card.waitFor({ state: 'detached' })
    await secretary.context().close()

    await visitor.goto(`${app.cloud.url}/#/pages/home/index`)
    await visitor.reload()
    await shown(visitor.getByText(`您好，${member.name}`)).waitFor()
    await shown(visitor.locator('.hl-greeting__badge', { hasText: '党员' })).waitFor()
    await shown(visitor.getByText('第一党支部（琼林苑）')).waitFor()
    expect(await visitor.locator('body').innerText()).not.toContain('待审核')
    await visitor.context().close()
  })

  it('is rejected with a reason, which the requester then reads', async () => {
    const member = unbound[1]
    const visitor = await visitorRequestsBinding(member.name, member.phone)

    const secretary = await secretaryOpensApprovals()
    const card = secretary.locator('.hl-card', { hasText: member.phone })
    await card.getByText('驳回', { exact: true }).click()
    // No reason: it is asked for, nothing is sent.
    await card.getByText('确认驳回', { exact: true }).click()
    await card.getByText('请填写驳回原因，申请人会看到').waitFor()
    await card.locator('input[placeholder="例如：手机号与花名册不一致"]').fill('请本人到社区党群服务中心核对身份')
    await card.getByText('确认驳回', { exact: true }).click()
    await confirmDialog(secretary, '驳回')
    await card.waitFor({ state: 'detached' })
    await secretary.context().close()

    await visitor.reload()
    await shown(visitor.getByText('未通过', { exact: true })).waitFor()
    await shown(visitor.getByText('请本人到社区党群服务中心核对身份')).waitFor()
    await shown(visitor.getByText('核对信息后重新申请')).waitFor()
    await visitor.context().close()
  })

  it('explains a name and phone that are not on the roster', async () => {
    const page = await openSignIn()
    await page.getByText('以新访客身份进入').click()
    await page.getByText('我是党员，申请绑定', { exact: true }).click()
    await page.locator('input[placeholder="请输入姓名"]').fill(unbound[2].name)
    await page.locator('input[placeholder="请输入 11 位手机号"]').fill('13000000000')
    await page.getByText('提交申请', { exact: true }).click()
    await shown(page.getByText('花名册中没有姓名和手机号都一致的党员，请核对后再试或联系支部书记')).waitFor()
    await page.context().close()
  })
})
