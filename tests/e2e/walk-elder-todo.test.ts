import type { Page } from 'playwright-core'
import { dataOf, P, signIn } from '../support'
import { confirmDialog, useAppUnderTest } from './app'
import { a11yProblems, openPage, snap, visibleText, walkAs } from './walk'

/**
 * Issue 14, items 6, 8 (server), 9 and 10 (rest): elder mode on for the elder, with a large tab bar,
 * and her helper's number with a call link in normal mode; a pending adjustment withdrawn by its
 * proposer, and the one-admin rule (a 支部书记 approves) said on screen; managers' 待办 on 首页;
 * date/time pickers on the activity form; an emoji-only good deed refused in words.
 */
const app = useAppUnderTest()

/** Font size and height of each visible tab of Taro's H5 tab bar. */
function tabBarSizes(page: Page): Promise<Array<{ text: string; font: number; height: number }>> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.weui-tabbar__item'))
      .filter((el) => el.getClientRects().length > 0)
      .map((item) => {
        const label = item.querySelector('.weui-tabbar__label') as HTMLElement
        return { text: label.innerText, font: parseFloat(getComputedStyle(label).fontSize), height: item.getBoundingClientRect().height }
      }),
  )
}

describe('the elder, the managers and the forms', () => {
  it('6: the elder (李桂兰, 88) starts in elder mode with a large tab bar; switched off, 我的 shows her helper’s number to call', async () => {
    const page = await walkAs(app, '李桂兰')
    await page.getByText('找结对人', { exact: true }).filter({ visible: true }).first().waitFor()
    expect(await page.locator('.hl-page--elder').filter({ visible: true }).count()).toBeGreaterThan(0)
    const tabs = await tabBarSizes(page)
    expect(tabs.map((t) => t.text)).toEqual(['首页', '活动', '积分', '我的'])
    for (const tab of tabs) {
      expect(tab.font).toBeGreaterThanOrEqual(22)
      expect(tab.height).toBeGreaterThanOrEqual(44)
    }
    await snap(page, '6-elder-default-home')

    await openPage(page, app, 'pages/mine/index')
    await page.getByText('您是长辈，已为您自动开启；不需要可以关掉。').filter({ visible: true }).first().waitFor()
    await page.locator('.hl-elder-setting__switch').filter({ visible: true }).first().click()
    await page.getByText('已关闭', { exact: true }).filter({ visible: true }).first().waitFor()
    // Normal mode: the helper 张晓东 with the whole number and a tel: link; the normal tab bar.
    const phone = await page.getByTestId('helper-phone').filter({ visible: true }).first().innerText()
    expect(phone).toMatch(/^1\d{10}$/)
    expect(await page.locator(`a[href="tel:${phone}"]`).filter({ visible: true }).count()).toBe(1)
    expect((await tabBarSizes(page)).every((t) => t.font < 22)).toBe(true)
    await snap(page, '6-elder-switched-off-helper-call')
    // Her choice stays: 首页 is the normal page now.
    await openPage(page, app, 'pages/home/index')
    await page.getByText('通知公告').filter({ visible: true }).first().waitFor()
    expect(await page.getByText('找结对人', { exact: true }).filter({ visible: true }).count()).toBe(0)

    for (const path of ['pages/home/index', 'pages/mine/index']) expect(await a11yProblems(page, app, path)).toEqual([])
    await page.context().close()
  })

  it('8: the proposer withdraws a waiting adjustment; with one admin the screen names the rule and a 支部书记 approves', async () => {
    const admin = await signIn(app.cloud.url, P.admin)
    dataOf(await admin.points.updateSettings({ adjustThreshold: 50 }))
    const first = dataOf(
      await admin.points.adjust({ requestId: 'walk-withdraw', personId: P.resident.id, amount: -200, reason: '误录，待核实' }),
    ).adjustment
    expect(first.status).toBe('pending')

    const page = await walkAs(app, '王建华')
    await openPage(page, app, 'admin/points-adjust/index')
    await page.getByText('社区党委目前只有一位管理员').filter({ visible: true }).first().waitFor()
    await page.getByText('由您提出，等待一位支部书记批准。').filter({ visible: true }).first().waitFor()
    await snap(page, '8-adjust-rule-and-withdraw')
    await page.getByText('撤回这笔调整', { exact: true }).filter({ visible: true }).first().click()
    await confirmDialog(page, '撤回')
    await page.getByText('没有待批准的调整。').filter({ visible: true }).first().waitFor()
    expect(dataOf(await admin.points.adjustments({ status: 'withdrawn' })).items.map((a) => a.id)).toContain(first.id)
    expect(await a11yProblems(page, app, 'admin/points-adjust/index')).toEqual([])
    await page.context().close()

    // A second one: the secretary sees it on 首页 待办 and approves it.
    const second = dataOf(
      await admin.points.adjust({ requestId: 'walk-approve', personId: P.resident.id, amount: 80, reason: '组织楼道清洁' }),
    ).adjustment
    const secretary = await walkAs(app, '刘秀英')
    await secretary
      .getByText(/待批准的积分调整\s1\s条/)
      .filter({ visible: true })
      .first()
      .click()
    await secretary.getByText('组织楼道清洁').filter({ visible: true }).first().waitFor()
    await secretary.getByText('批准', { exact: true }).filter({ visible: true }).first().click()
    await confirmDialog(secretary, '批准')
    await secretary.getByText('没有待批准的调整。').filter({ visible: true }).first().waitFor()
    const approved = dataOf(await admin.points.adjustments({ status: 'approved' })).items
    expect(approved.map((a) => a.id)).toContain(second.id)
    await secretary.context().close()
  })

  it('9: managers see 待办 with counts on 首页, each opening its list; residents see none', async () => {
    const page = await walkAs(app, '刘秀英')
    const card = page.getByTestId('todo-card').filter({ visible: true }).first()
    await card.getByText(/待审核的日行一善\s\d+\s条/).waitFor()
    const text = await card.innerText()
    expect(text).toMatch(/待审核的微心愿\s\d+\s条/)
    await snap(page, '9-manager-todo')
    await card.getByText(/待审核的日行一善/).click()
    await page.waitForURL(/admin\/points-deeds\/index/)
    expect(await a11yProblems(page, app, 'pages/home/index')).toEqual([])
    await page.context().close()

    const resident = await walkAs(app, '赵丽娜')
    expect(await resident.getByTestId('todo-card').filter({ visible: true }).count()).toBe(0)
    expect(await visibleText(resident)).not.toContain('待办')
    await resident.context().close()
  })

  it('10: activity times have date and time pickers; an emoji-only good deed is refused in words', async () => {
    const page = await walkAs(app, '王建华')
    await openPage(page, app, 'admin/activities-edit/index')
    for (const label of ['开始', '结束', '报名开始', '报名截止', '取消截止']) {
      await page
        .getByRole('button', { name: `${label}：选日期` })
        .filter({ visible: true })
        .first()
        .waitFor()
      await page
        .getByRole('button', { name: `${label}：选时间` })
        .filter({ visible: true })
        .first()
        .waitFor()
    }
    await page.getByRole('button', { name: '开始：选时间' }).filter({ visible: true }).first().click()
    // Taro's H5 picker: the platform-style wheel slides up with 确定 / 取消.
    await page.locator('.weui-picker').filter({ visible: true }).first().waitFor()
    await snap(page, '10-activity-time-picker')
    await page.locator('.weui-picker__action', { hasText: '确定' }).filter({ visible: true }).first().click()
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('input[aria-label="开始"], taro-input-core[aria-label="开始"] input')).some((el) =>
        /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test((el as HTMLInputElement).value),
      ),
    )
    expect(await a11yProblems(page, app, 'admin/activities-edit/index')).toEqual([])
    await page.context().close()

    const resident = await walkAs(app, '赵丽娜')
    await openPage(resident, app, 'pages/points-deed/index')
    await resident.locator('.hl-chips__chip').filter({ visible: true }).first().click()
    await resident.locator('input[placeholder="例如：帮独居老人买菜"]').filter({ visible: true }).first().fill('👍👍')
    await resident.getByText('提交申报', { exact: true }).filter({ visible: true }).first().click()
    await resident.getByText('请用文字简单描述做了什么（不能只有表情或符号）').filter({ visible: true }).first().waitFor()
    await snap(resident, '10-deed-emoji-refused')
    await resident.context().close()
  })

  it('lower list: residents’ kind chips, ranking not on an empty month, past activities 已结束, 签到 names its activity', async () => {
    const page = await walkAs(app, '赵丽娜')
    await openPage(page, app, 'pages/activities/index')
    await page.getByRole('radio', { name: '志愿服务' }).filter({ visible: true }).first().waitFor()
    for (const meeting of ['支委会', '党小组会', '支部党员大会']) expect(await page.getByRole('radio', { name: meeting }).count()).toBe(0)
    await snap(page, 'lower-resident-kind-chips')
    expect(await a11yProblems(page, app, 'pages/activities/index')).toEqual([])

    await openPage(page, app, 'pages/activities-mine/index')
    await page.getByRole('radio', { name: '已参加' }).filter({ visible: true }).first().click()
    const past = page.getByTestId('activity-card').filter({ visible: true }).first()
    await past.getByText('已结束').first().waitFor()
    expect(await past.innerText()).not.toMatch(/已报名|剩 \d+ 个名额/)
    await snap(page, 'lower-past-activity-ended')
    await openPage(page, app, 'pages/activities-checkin/index?id=act-seed-cleanup')
    await page.getByTestId('checkin-activity').filter({ visible: true }).first().waitFor()
    expect((await page.getByTestId('checkin-activity').filter({ visible: true }).first().innerText()).length).toBeGreaterThan(4)
    await snap(page, 'lower-checkin-names-activity')
    expect(await a11yProblems(page, app, 'pages/activities-checkin/index?id=act-seed-cleanup')).toEqual([])

    await openPage(page, app, 'pages/points-ranking/index')
    // The 1st–7th of a Beijing month open on 本年 (累计 in January), not on a nearly empty 本月.
    const day = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', day: 'numeric' }).format(new Date()))
    const chosen = await page.locator('[role="radio"][aria-checked="true"]').filter({ visible: true }).first().innerText()
    if (day >= 8) expect(chosen).toContain('本月')
    else expect(chosen).toMatch(/本年|累计/)
    await page.context().close()
  })
})
