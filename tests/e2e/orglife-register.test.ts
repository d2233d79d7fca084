import ExcelJS from 'exceljs'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { dataOf, membersOf, P, seededMember, signIn } from '../support'
import { PHONE, shown, useAppUnderTest } from './app'

/**
 * 组织生活 in the H5 app against the real local cloud (issue 16): a secretary keeps the register of a
 * 支部党员大会 — 应到 from the roster, 实到 by check-in and by tick, 请假 asked by the member and
 * approved, 缺席 the rest, 列席 a member who checked in but was moved to another branch — saves the
 * minutes and signs off, after which nothing can be changed silently; then the branch's yearly 台账
 * shows its missed 主题党日 and exports as .xlsx.
 */
const app = useAppUnderTest()
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'orglife')
const SECOND = 1000

async function openAs(name: string): Promise<Page> {
  const page = await (await app.browser.newContext({ ...PHONE, acceptDownloads: true })).newPage()
  await page.goto(app.cloud.url)
  await page.getByText('选择一个身份进入').waitFor()
  await page.getByText(name, { exact: true }).first().click()
  await shown(page.getByText(`您好，${name}`)).waitFor()
  return page
}

async function snap(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true })
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true })
}

const rowOf = (page: Page, name: string) => shown(page.getByTestId('register-row').filter({ hasText: name }))
const button = (scope: ReturnType<typeof rowOf> | Page, text: string) =>
  shown(scope.locator('.hl-button', { hasText: new RegExp(`^${text}$`) }))

describe('三会一课 register and the yearly 台账', () => {
  it('a 支部党员大会: 应到 from the roster, 实到 / 请假 / 缺席 / 列席, minutes signed off and locked', async () => {
    const secretary = await signIn(app.cloud.url, P.secretary)
    const admin = await signIn(app.cloud.url, P.admin)
    const elder = await signIn(app.cloud.url, P.elder)
    const start = Date.now() + 25 * SECOND
    const end = start + 20 * SECOND
    const { activity } = dataOf(
      await secretary.activities.create({
        draftId: `orglife${Date.now() % 1_000_000}`,
        fields: {
          kind: 'branchMeeting',
          title: '十二月支部党员大会',
          place: '琼林苑党群服务站',
          startAt: new Date(start).toISOString(),
          endAt: new Date(end).toISOString(),
          capacity: null,
          audience: { kind: 'org', orgId: 'org-b1' },
        },
      }),
    )
    const activityId = activity.id
    // Before the start: the elder asks for leave; the secretary and the admin sign up and check in by code.
    dataOf(await elder.activities.requestLeave({ activityId, reason: '住院治疗' }))
    const { code } = dataOf(await secretary.activities.checkInCode({ activityId }))
    for (const who of [secretary, admin]) {
      dataOf(await who.activities.signUp({ activityId }))
      dataOf(await who.activities.checkIn({ activityId, code }))
    }
    // 王建华 moves to 第二党支部 before the meeting is written up: he attended, but is not on the list (列席).
    const me = seededMember(P.admin.id)
    const { member } = dataOf(await admin.members.get({ memberId: me._id }))
    dataOf(
      await admin.members.upsert({
        memberId: me._id,
        version: member.version,
        fields: {
          name: me.name,
          gender: me.gender,
          birthYear: me.birthYear,
          phone: me.phone,
          category: me.category,
          elder: me.elder,
          status: me.status,
          orgId: 'org-b2-g1',
          building: me.building,
          unit: me.unit,
          joinedPartyYear: me.joinedPartyYear,
        },
      }),
    )
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, end - Date.now()) + 2 * SECOND))

    const page = await openAs('刘秀英')
    await app.goTo(page, `admin/activities-register/index?id=${activityId}`)
    const counts = shown(page.getByTestId('register-counts'))
    await counts.waitFor()
    const expected = membersOf('org-b1').filter((m) => !m.archived && m._id !== P.admin.id).length
    await button(rowOf(page, '李桂兰'), '准假').click()
    await shown(page.getByText('已准假')).waitFor()
    await button(rowOf(page, '张晓东'), '记到会').click()
    await shown(rowOf(page, '张晓东').getByText('取消勾选')).waitFor()
    await page.waitForFunction(
      (text) => Array.from(document.querySelectorAll('[data-testid="register-counts"]')).some((el) => el.textContent === text),
      `应到 ${expected} 人 · 实到 2 人 · 请假 1 人 · 缺席 ${expected - 3} 人 · 列席 1 人 · 到会率 ${Math.round(200 / (expected - 1))}%`,
    )
    expect(await shown(page.getByTestId('register-walk-ins')).innerText()).toContain('王建华')
    expect(await rowOf(page, '李桂兰').innerText()).toContain('请假')
    expect(await rowOf(page, '刘秀英').innerText()).toContain('实到')

    await shown(page.locator('textarea[placeholder="每行一个议题，例如：传达学习上级精神"]')).fill('传达学习上级精神\n讨论发展党员')
    await shown(page.locator('textarea[placeholder="会议议程、学习内容、讨论情况、形成的决定"]')).fill('传达学习上级精神，讨论发展党员。')
    await button(page, '保存会议纪要').click()
    await button(page, '更新会议纪要').waitFor()
    await button(page, '签字确认').click()
    await page.locator('.taro__modal .taro-model__confirm', { hasText: '签字确认' }).click()
    await shown(page.getByText('✓ 已签字确认（第 1 版），名单和纪要已锁定')).waitFor()
    // Locked: no ticks or leave decisions are offered, and the server refuses a silent edit.
    expect(await rowOf(page, '李桂兰').locator('.hl-button').count()).toBe(0)
    expect(
      await page
        .locator('.hl-button', { hasText: /^记到会$/ })
        .filter({ visible: true })
        .count(),
    ).toBe(0)
    const edit = await secretary.activities.recordMinutes({ activityId, text: '悄悄改掉', topics: [], speakers: [], decisions: [] })
    expect(edit.ok ? 'ok' : edit.error.code).toBe('ACTIVITY.MINUTES_LOCKED')
    await snap(page, 'register-signed')
    await page.context().close()
  })

  it('the yearly 台账 of 第一党支部 shows a missed 主题党日 as 未开展 and exports it as .xlsx', async () => {
    const page = await openAs('刘秀英')
    await app.goTo(page, 'admin/org-life-record/index')
    await shown(page.getByTestId('yearly-totals')).waitFor()
    expect(await shown(page.getByTestId('yearly-totals')).innerText()).toMatch(/未开展 [1-9]\d* 次/)
    await shown(page.getByText('✗ 未开展')).waitFor()
    await snap(page, 'yearly-record')
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, '导出 Excel 台账').click()])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer)
    const cells: string[] = []
    workbook.worksheets.forEach((sheet) =>
      sheet.eachRow((row) => cells.push(...Array.from(row.values as unknown[], (v) => String(v ?? '')))),
    )
    expect(cells.join('\n')).toContain('第一党支部')
    expect(cells.some((cell) => cell.includes('未开展'))).toBe(true)
    await page.context().close()
  })
})
