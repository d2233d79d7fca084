import type { Locator, Page } from 'playwright-core'
import { setElderMode } from './a11y-checks'
import { confirmDialog, useAppUnderTest } from './app'
import { a11yProblems, openPage, snap, visibleText, walkAs } from './walk'

/**
 * Issue 14, the items no other walk covers: 4 (attendance screens follow the activity's time), 6's
 * words (帮（名字）报名, 打电话给（名字）), 5 in every photo picker (not only 日行一善), 8 on screen (an
 * overdraw warns with the balance; a stale 请填写… is cleared), 10's rest (a 12th phone digit refused,
 * text counters, the notice body's help in words) and the lower list's rest (the reward button on one
 * line, 登记成功, demo notice dates).
 */
const app = useAppUnderTest()

const shownText = (page: Page, text: string | RegExp, exact = false) => page.getByText(text, { exact }).filter({ visible: true }).first()

/** The on-screen button (Taro H5's taro-button-core, or a plain button) around a visible text. */
function buttonState(page: Page, text: string) {
  return shownText(page, text).evaluate((el) => {
    const button = el.closest('taro-button-core, button') ?? el
    return { disabled: button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true', text: button.textContent ?? '' }
  })
}

/** How many lines the words of an element take on screen (1 = not wrapped). */
function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const tops = new Set<number>()
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) tops.add(Math.round(rect.top))
    }
    return tops.size
  })
}

describe('attendance, photo pickers, forms and the rest of the lower list', () => {
  it('4: attendance follows the activity’s time: 已报名 before, confirm only after the end, the code page says when it opens, credits once', async () => {
    const page = await walkAs(app, '王建华')
    // 主题党日 in five days, with 8 people signed up.
    await openPage(page, app, 'admin/activities-attendance/index?id=act-seed-theme-day')
    await shownText(page, /^已报名 8 人/).waitFor()
    const rows = page.getByTestId('attendance-row').filter({ visible: true })
    expect(await rows.count()).toBe(8)
    const listed = (await rows.allInnerTexts()).join('\n')
    expect(listed).toContain('已报名')
    expect(listed).not.toContain('缺勤')
    expect(await page.getByTestId('attendance-phase').filter({ visible: true }).first().innerText()).toMatch(/开始.*结束后核对并确认出勤/)
    const before = await buttonState(page, '后可确认出勤')
    expect(before.disabled).toBe(true)
    expect(before.text).toMatch(/^活动结束（\d{2}-\d{2} \d{2}:\d{2}）后可确认出勤$/)
    await snap(page, '4-attendance-before-the-activity')
    expect(await a11yProblems(page, app, 'admin/activities-attendance/index?id=act-seed-theme-day')).toEqual([])

    // Its check-in code before the window: when it opens, not an error with 重试.
    await openPage(page, app, 'admin/activities-code/index?id=act-seed-theme-day')
    await shownText(page, /^签到码将于 \d{2}月\d{2}日 \d{2}:\d{2} 开放$/).waitFor()
    expect(await visibleText(page)).not.toMatch(/重试|加载没有成功/)
    await snap(page, '4-checkin-code-before-window')
    expect(await a11yProblems(page, app, 'admin/activities-code/index?id=act-seed-theme-day')).toEqual([])

    // A past, confirmed 主题党日: credited once, said so; no 再次确认出勤.
    await openPage(page, app, 'admin/activities-attendance/index?id=act-seed-past-theme-day')
    await shownText(page, /✓ 已确认出勤.*人的积分和志愿时长已计入，每人只计一次/).waitFor()
    const after = await buttonState(page, '已确认出勤 · 勾选新到的人可补充确认')
    expect(after.disabled).toBe(true)
    expect(await visibleText(page)).not.toContain('再次确认')
    await snap(page, '4-attendance-confirmed-once')
    await page.context().close()
  })

  it('5: 「+ 添加照片」 is dark on white and enabled in every photo picker', async () => {
    const pickers: Array<[string, string, string]> = [
      ['赵丽娜', 'pages/points-deed/index', '日行一善'],
      ['赵丽娜', 'pages/community-wish-post/index', '微心愿'],
      ['赵丽娜', 'pages/community-report/index', '民生诉求'],
      ['张晓东', 'pages/study-paired/index', '送学'],
      ['王建华', 'admin/activities-edit/index', '活动封面'],
      ['王建华', 'admin/notices-edit/index', '通知图片'],
      ['王建华', 'admin/points-rewards/index', '兑换物品图片'],
      ['刘秀英', 'admin/activities-register/index?id=act-seed-theme-day', '会议纪要'],
    ]
    const seen: string[] = []
    const pages = new Map<string, Page>()
    for (const [who, path, what] of pickers) {
      if (!pages.has(who)) pages.set(who, await walkAs(app, who))
      const page = pages.get(who)!
      await openPage(page, app, path)
      const add = shownText(page, '+ 添加照片')
      await add.waitFor()
      const { color, disabled } = await add.evaluate((el) => {
        const button = el.closest('taro-button-core, button') ?? el
        return { color: getComputedStyle(el).color, disabled: button.hasAttribute('disabled') }
      })
      expect({ what, disabled }).toEqual({ what, disabled: false })
      const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.map(Number)
      // Relative luminance well below white's (rgba(255,255,255,0.6) on white was the bug).
      expect({ what, dark: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5 }).toEqual({ what, dark: true })
      await snap(page, `5-photo-picker-${path.split('/')[1]}`)
      seen.push(what)
    }
    expect(seen).toHaveLength(pickers.length)
    for (const page of pages.values()) await page.context().close()
  })

  it('6 (words): a helper reads 帮（名字）报名, the elder 打电话给（名字）; no 为TA / 打给TA', async () => {
    const helper = await walkAs(app, '张晓东')
    await openPage(helper, app, 'pages/activities-detail/index?id=act-seed-cleanup')
    await shownText(helper, /^帮李桂兰(报名|候补|取消报名)$/).waitFor()
    expect(await visibleText(helper)).not.toMatch(/为TA|打给TA/)
    await snap(helper, '6-helper-signs-up-elder-words')
    await helper.context().close()

    const elder = await walkAs(app, '李桂兰')
    await elder.locator('.hl-elder-home__tile', { hasText: '找结对人' }).filter({ visible: true }).first().click()
    await shownText(elder, /直接打电话给张晓东/).waitFor()
    await elder
      .getByRole('link', { name: /^拨打电话：张晓东/ })
      .filter({ visible: true })
      .first()
      .waitFor()
    expect(await visibleText(elder)).not.toMatch(/为TA|打给TA/)
    await elder.context().close()
  })

  it('8: a deduction that would overdraw warns with the balance before it is sent; a stale 请填写调整原因 goes away after a success', async () => {
    const page = await walkAs(app, '王建华')
    await openPage(page, app, 'admin/points-adjust/index')
    await page.locator('input[placeholder="输入姓名查找"]').filter({ visible: true }).first().fill('赵丽娜')
    await shownText(page, '查找', true).click()
    await shownText(page, /^赵丽娜（居民/).click()
    const balanceLine = await shownText(page, /^赵丽娜现有 \d+ 积分$/).innerText()
    const balance = Number(balanceLine.match(/\d+/)![0])
    await page
      .locator('input[placeholder="例如 20 或 -10"]')
      .filter({ visible: true })
      .first()
      .fill(`-${balance + 1000}`)
    await shownText(page, `⚠ 现有 ${balance} 积分，扣减 ${balance + 1000} 分后余额为 -1000。`).waitFor()
    // Sent without a reason: said in red; then with one: the dialog names the overdraw.
    await shownText(page, '提交调整', true).click()
    await shownText(page, '请填写调整原因').waitFor()
    await snap(page, '8-adjust-overdraw-warning')
    await page.locator('input[placeholder="例如：组织楼道清洁"]').filter({ visible: true }).first().fill('重复发放，收回')
    await shownText(page, '提交调整', true).click()
    // (Taro H5's dialog and toast roots have no box of their own: look at the words inside.)
    await page.locator('.taro__modal').getByText('扣减后余额为负', { exact: true }).filter({ visible: true }).first().waitFor()
    await confirmDialog(page, '调整')
    await shownText(page, /由您提出，等待/).waitFor()
    expect(await visibleText(page)).not.toContain('请填写调整原因')
    await snap(page, '8-adjust-after-success')
    await page.context().close()
  })

  it('10: a 12th phone digit is refused, not cut; text areas count; the notice body’s help is in words', async () => {
    const visitor = await walkAs(app, null)
    await shownText(visitor, '登记为居民', true).click()
    await visitor.locator('input[placeholder="请输入姓名"]').fill('周海燕')
    await visitor.locator('input[placeholder="请输入 11 位手机号"]').fill('137123499011')
    expect(await visitor.locator('input[placeholder="请输入 11 位手机号"]').inputValue()).toBe('137123499011')
    await visitor.getByRole('radio', { name: '琼林苑3栋' }).click()
    await visitor.getByRole('radio', { name: '2单元' }).click()
    await shownText(visitor, '提交登记', true).click()
    await shownText(visitor, '手机号应为 11 位数字，以 1 开头').waitFor()
    await snap(visitor, '10-phone-12-digits-refused')

    // Corrected, it registers; 首页 says 登记成功 (lower list).
    await visitor.locator('input[placeholder="请输入 11 位手机号"]').fill('13712349911')
    await shownText(visitor, '提交登记', true).click()
    await visitor.locator('.taro__toast').getByText('登记成功', { exact: true }).filter({ visible: true }).first().waitFor()
    await snap(visitor, 'lower-registered-toast')

    // A text area counts as it is typed (微心愿's 说明).
    await openPage(visitor, app, 'pages/community-wish-post/index')
    await shownText(visitor, /^已输入 0\/\d+ 字$/).waitFor()
    await visitor.locator('textarea').filter({ visible: true }).first().fill('想请人帮忙修一下收音机')
    await shownText(visitor, /^已输入 11\/\d+ 字$/).waitFor()
    await snap(visitor, '10-text-counter')
    await visitor.context().close()

    const admin = await walkAs(app, '王建华')
    await openPage(admin, app, 'admin/notices-edit/index')
    await shownText(admin, /按回车开始新的一段。要突出的字，前后各加两个星号就会显示为粗体/).waitFor()
    await shownText(admin, /^已输入 0\/\d+ 字$/).waitFor()
    await snap(admin, '10-notice-body-help')
    await admin.context().close()
  })

  it('lower list: the reward button is one line; the demo 主题党日 notice announces a day after it was published', async () => {
    const page = await walkAs(app, '赵丽娜')
    for (const elder of [false, true]) {
      await setElderMode(page, elder)
      await openPage(page, app, 'pages/points-rewards/index')
      // Every reward's button (兑换（N 积分）, or why not) on one line: 「兑换（40 积 / 分）」 was the bug.
      const buttons = page.locator('.hl-reward__redeem').filter({ visible: true })
      await buttons.first().waitFor()
      for (const button of await buttons.all()) {
        const text = await button.innerText()
        expect({ elder, text, lines: await lineCount(button) }).toEqual({ elder, text, lines: 1 })
      }
    }
    await snap(page, 'lower-reward-button-one-line')
    await page.context().close()

    const member = await walkAs(app, '张晓东')
    await openPage(member, app, 'pages/notices-detail/index?id=n-seed-theme-day')
    await shownText(member, /定于/).waitFor()
    const text = await visibleText(member)
    const [, month, day] = text.match(/定于\s*(\d{1,2})月(\d{1,2})日/)!.map(Number)
    // Published three days ago; the day it announces is still ahead (Beijing calendar).
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(new Date())
      .split('-')
      .map(Number)
    const year = month < today[1] - 6 ? today[0] + 1 : today[0]
    expect(Date.UTC(year, month - 1, day)).toBeGreaterThan(Date.UTC(today[0], today[1] - 1, today[2]))
    await snap(member, 'lower-notice-date-after-publication')
    await member.context().close()
  })
})
