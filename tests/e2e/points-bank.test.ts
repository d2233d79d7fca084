import type { Page } from 'playwright-core'
import { button, card, confirmDialog, shown, useAppUnderTest } from './app'
import { dataOf, type HttpCaller, newResident as registerResident, P, signIn } from '../support'
import { testJpeg } from '../support/cloud-services'

/**
 * 道德银行 in the H5 app against the real local cloud: a resident reports 日行一善, the branch secretary
 * (刘秀英) approves it on the review screen, and the balance and statement on the 积分 tab show it; a resident redeems
 * a reward at the 公益集市, sees the 8-digit pickup code under 我的兑换, the admin types that code on
 * the 核销 screen and the order shows as collected; the ranking shows masked names only, and after a
 * person hides themselves under 我的, others no longer see them while they still see their own rank.
 * Each test uses residents registered for it (surname 亓, which no seeded name has) and, where stock
 * matters, its own reward, so the seed's state never makes an assertion ambiguous.
 */
const app = useAppUnderTest()
const RUN = Date.now() % 100000

type Caller = HttpCaller

/** A resident registered for this test (surname 亓), in 琼林苑3栋 unless told otherwise. */
const newResident = (name: string, building = '琼林苑3栋') => registerResident(app.cloud.url, 'e2e-points', { name, building })

/** A phone window signed in as `openid` (not a demo person): the local sign-in's session token, stored as the app stores it. */
async function openAsNew(openid: string, name: string): Promise<Page> {
  const login = await fetch(`${app.cloud.url}/api/dev/login`, {
    method: 'POST',
    body: JSON.stringify({ openid }),
    headers: { 'content-type': 'application/json' },
  })
  const { data } = (await login.json()) as { data: { token: string } }
  const page = await (await app.newPhoneContext()).newPage()
  await page.goto(app.cloud.url)
  await page.getByText('选择一个身份进入').waitFor()
  await page.evaluate((token) => localStorage.setItem('honglin.devToken', JSON.stringify({ data: token })), data.token)
  await app.goTo(page, 'pages/home/index')
  await shown(page.getByText(`您好，${name}`)).waitFor()
  return page
}

async function admin(): Promise<Caller> {
  return signIn(app.cloud.url, P.admin)
}

let credits = 0

/** Gives a person points by admin adjustments, each below the approval threshold (100). */
async function credit(personId: string, amounts: number[]): Promise<void> {
  const call = await admin()
  for (const [i, amount] of amounts.entries()) {
    const { adjustment } = dataOf(
      await call.points.adjust({ requestId: `e2e-credit-${RUN}-${++credits}-${i}`, personId, amount, reason: '端到端测试' }),
      'adjust',
    )
    expect(adjustment.status).toBe('applied')
  }
}

async function balanceShown(page: Page): Promise<string> {
  return (await shown(page.locator('.hl-balance__value')).innerText()).trim()
}

describe('the points bank (道德银行) in the H5 app', () => {
  it('a resident reports 日行一善, the branch secretary approves it, and the 积分 tab shows the balance and the statement line', async () => {
    const name = '亓文静'
    const resident = await newResident(name)
    const text = `帮3栋独居老人买菜送上楼 ${RUN}`
    const page = await openAsNew(resident.openid, name)

    await page.locator('.weui-tabbar__label', { hasText: '积分' }).click()
    await shown(page.getByText('还没有积分记录。参加活动、申报日行一善都能获得积分。')).waitFor()
    expect(await balanceShown(page)).toBe('0')

    await app.goTo(page, 'pages/points-deed/index')
    await shown(page.locator('.hl-chips__chip', { hasText: '垃圾分类 5分' })).click()
    await shown(page.locator('.hl-field', { hasText: '做了什么' }).locator('input')).fill(text)
    await button(page, '提交申报').click()
    const mine = card(page, text)
    await mine.getByText('待审核', { exact: true }).waitFor()
    expect(await mine.innerText()).toContain('垃圾分类 · 5 分')

    const reviewer = await app.openAs('刘秀英', 'admin/points-deeds/index')
    const pending = card(reviewer, text)
    await pending.waitFor()
    expect(await pending.innerText()).toContain(name)
    await button(pending, '通过').click()
    await confirmDialog(reviewer, '通过')
    // Approved, it is listed under 已通过.
    await shown(reviewer.locator('.hl-chips__chip', { hasText: '已通过' })).click()
    await card(reviewer, text).getByText('已通过', { exact: true }).waitFor()

    await app.goTo(page, 'pages/points/index')
    const row = shown(page.locator('.hl-ledger-row', { hasText: '日行一善「垃圾分类」' }))
    await row.waitFor()
    expect(await row.innerText()).toMatch(/\+5[\s\S]*余额 5/)
    expect(await balanceShown(page)).toBe('5')
    expect(await shown(page.locator('.hl-balance')).innerText()).toContain('累计获得 5')
    await app.goTo(page, 'pages/points-deed/index')
    await card(page, text).getByText('已通过', { exact: true }).waitFor()
    for (const p of [page, reviewer]) await p.context().close()
  })

  it('a deed with a forbidden word is refused on the form; a photo WeChat refuses stays hidden from the reviewer and is marked 未通过 for the poster', async () => {
    const name = '亓安然'
    const resident = await newResident(name)
    const page = await openAsNew(resident.openid, name)
    await app.goTo(page, 'pages/points-deed/index')
    await shown(page.locator('.hl-chips__chip', { hasText: '垃圾分类 5分' })).click()
    const field = shown(page.locator('.hl-field', { hasText: '做了什么' }).locator('input'))
    await field.fill(`帮人代开发票 ${RUN}`)
    await button(page, '提交申报').click()
    await shown(page.getByText('内容含有不适宜发布的信息，请修改后再提交')).waitFor()
    expect(await page.locator('.hl-card', { hasText: `代开发票 ${RUN}` }).count()).toBe(0)

    const text = `清理楼道小广告 ${RUN}`
    await field.fill(text)
    for (const [file, comment] of [
      ['clean.jpg', 'a clean photo'],
      ['bad.jpg', 'HONGLIN-RISKY-MEDIA'],
    ]) {
      const chooser = page.waitForEvent('filechooser')
      await shown(page.getByText('+ 添加照片', { exact: true })).click()
      await (await chooser).setFiles({ name: file, mimeType: 'image/jpeg', buffer: testJpeg(comment) })
      await shown(page.getByText('+ 添加照片', { exact: true })).waitFor()
    }
    await button(page, '提交申报').click()
    const mine = card(page, text)
    await mine.waitFor()
    // WeChat's verdicts arrive on their own; the poster's list shows them once reloaded.
    for (let attempt = 0; attempt < 20 && !(await mine.getByText('未通过', { exact: true }).count()); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      await app.goTo(page, 'pages/points-deed/index')
    }
    await card(page, text).getByText('未通过', { exact: true }).waitFor()
    expect(await card(page, text).locator('img').count()).toBe(2)

    const reviewer = await app.openAs('刘秀英', 'admin/points-deeds/index')
    const pending = card(reviewer, text)
    await pending.waitFor()
    // The clean photo's own verdict may land after the refused one's: the reviewer sees it once it has.
    for (let attempt = 0; attempt < 20 && !(await pending.locator('img').count()); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      await app.goTo(reviewer, 'admin/points-deeds/index')
      await pending.waitFor()
    }
    expect(await pending.locator('img').count()).toBe(1)
    expect(await pending.getByText('未通过').count()).toBe(0)
    for (const p of [page, reviewer]) await p.context().close()
  })

  it('a resident redeems a reward, sees its 8-digit pickup code, the admin fulfils it by the code, and the order shows 已领取', async () => {
    const name = '亓海涛'
    const resident = await newResident(name)
    await credit(resident.personId, [80])
    const rewardName = `社区定制帆布袋 ${RUN}`
    const { reward } = dataOf(
      await (await admin()).points.upsertReward({ name: rewardName, price: 30, stockChange: 3, monthlyLimit: 2 }),
      'upsertReward',
    )

    const page = await openAsNew(resident.openid, name)
    await app.goTo(page, 'pages/points-rewards/index')
    const item = card(page, rewardName)
    await item.getByText('库存 3 · 每人每月限 2').waitFor()
    expect(await shown(page.locator('.hl-rewards__balance-value')).innerText()).toBe('80')
    await button(item, '兑换（30 积分）').click()
    await confirmDialog(page, '兑换')

    // 我的兑换 opens with the new order, its 8-digit pickup code shown large.
    const order = card(page, `${rewardName} ×1`)
    await order.getByText('待领取', { exact: true }).waitFor()
    const code = (await order.locator('.hl-order__code-digits').innerText()).trim()
    expect(code).toMatch(/^\d{8}$/)

    const call = await admin()
    const listed = dataOf(await call.points.rewards({ includeInactive: true }), 'rewards')
    expect(listed.items.find((r) => r.id === reward.id)?.stock).toBe(2)

    const keeper = await app.openAs('王建华', 'admin/points-fulfil/index')
    await shown(keeper.locator('.hl-field', { hasText: '8 位取货码' }).locator('input')).fill(code)
    await button(keeper, '查询').click()
    const found = card(keeper, `${rewardName} ×1`)
    await found.getByText('待领取', { exact: true }).waitFor()
    expect(await found.innerText()).toContain(name)
    await button(found, '确认核销').click()
    await confirmDialog(keeper, '核销')
    await found.getByText('已领取', { exact: true }).waitFor()
    await button(found, '核销下一单').waitFor()

    await app.goTo(page, 'pages/points-orders/index')
    const collected = card(page, `${rewardName} ×1`)
    await collected.getByText('已领取', { exact: true }).waitFor()
    expect(await collected.innerText()).toContain('处理时间')
    expect(await collected.locator('.hl-order__code-digits').count()).toBe(0)

    await app.goTo(page, 'pages/points/index')
    await shown(page.locator('.hl-ledger-row', { hasText: `兑换「${rewardName}」` })).waitFor()
    expect(await balanceShown(page)).toBe('50')
    for (const p of [page, keeper]) await p.context().close()
  })

  it('the ranking shows masked names; after a person hides themselves under 我的, others no longer see them but they still see their own rank', async () => {
    const name = '亓思远'
    const masked = '亓*远'
    const climber = await newResident(name)
    await credit(climber.personId, [99, 99, 99])

    const rowOf = (page: Page, text: string) => page.locator('.hl-ranking__name', { hasText: text }).filter({ visible: true })

    const viewer = await app.openAs('赵丽娜', 'pages/points-ranking/index')
    await shown(rowOf(viewer, masked)).waitFor()
    const names = await viewer.locator('.hl-ranking__name').filter({ visible: true }).allInnerTexts()
    expect(names.length).toBeGreaterThan(1)
    for (const shownName of names) expect(shownName.replace('（我）', '')).toMatch(/^[^*]\*+[^*]?$/)
    expect(names.join('\n')).not.toContain(name)
    expect(names.join('\n')).not.toContain('赵丽娜')

    const page = await openAsNew(climber.openid, name)
    await app.goTo(page, 'pages/points-ranking/index')
    await shown(rowOf(page, `${masked}（我）`)).waitFor()
    const myRank = card(page, '我的名次')
    await myRank.getByText(/第 \d+ 名/).waitFor()
    const rank = (await myRank.getByText(/第 \d+ 名/).innerText()).trim()

    await app.goTo(page, 'pages/mine/index')
    const privacy = card(page, '排行榜隐私')
    await privacy.getByText('未隐藏：排行榜上会显示我').waitFor()
    await privacy.locator('.hl-ranking__switch input').click()
    await privacy.getByText('已隐藏：排行榜上不显示我').waitFor()
    await privacy.getByText('不在排行榜中显示我', { exact: true }).waitFor()
    const me = dataOf(await climber.call.members.me({}), 'me')
    expect(me.rankingOptOut).toBe(true)

    await app.goTo(viewer, 'pages/points-ranking/index')
    await shown(viewer.locator('.hl-ranking__name')).waitFor()
    expect(await rowOf(viewer, masked).count()).toBe(0)

    await app.goTo(page, 'pages/points-ranking/index')
    await card(page, '我的名次').getByText(rank, { exact: true }).waitFor()
    await shown(page.getByText('您已选择不在公开排行中显示，名次仅自己可见（可在「我的」中更改）。')).waitFor()
    await shown(page.locator('.hl-ranking__name')).waitFor()
    expect(await rowOf(page, masked).count()).toBe(0)
    for (const p of [page, viewer]) await p.context().close()
  })
})
