import { button, card, confirmDialog, field, idIn, shown, useAppUnderTest } from './app'
import { dataOf, P, signIn } from '../support'
import { testJpeg } from '../support/cloud-services'

/**
 * 微心愿 and 民生诉求 in the H5 app against the real local cloud, every role on its own screens:
 * 赵丽娜 (resident) posts a wish, 刘秀英 (her branch secretary) approves it, 张晓东 (a neighbour) claims it
 * and fulfils it with a photo, 赵丽娜 confirms and the points land once; 赵丽娜 reports 海福巷3号's
 * blocked drain, 王建华 (the committee) accepts it for 光华路街道城管科, records progress and closes it,
 * 赵丽娜 rates it and it shows on 问题墙 with her name masked.
 */
const app = useAppUnderTest()
const RUN = Date.now() % 100000

const JPEG = { name: 'done.jpg', mimeType: 'image/jpeg', buffer: testJpeg('wish fulfilled') }

describe('微心愿 and 民生诉求 in the H5 app', () => {
  it('a resident posts a wish, the secretary approves, a neighbour claims and fulfils, the wisher confirms, the points land once', async () => {
    const title = `想请人帮忙换一个门口的灯泡 ${RUN}`
    const wisher = await app.openAs('赵丽娜', 'pages/community-wish-post/index')
    await field(wisher, '心愿是什么').fill(title)
    await button(wisher, '提交心愿').click()
    await shown(wisher.getByText('待审核', { exact: true })).waitFor()
    const wishId = idIn(wisher)
    expect(wishId).toMatch(/^wish-/)

    const secretary = await app.openAs('刘秀英', 'admin/community-wishes/index')
    const pending = card(secretary, title)
    await pending.waitFor()
    expect(await pending.innerText()).toContain('赵丽娜')
    await button(pending, '通过').click()
    await confirmDialog(secretary, '通过')
    // Approved, it leaves the review list.
    await secretary.locator('.hl-card', { hasText: title }).filter({ visible: true }).waitFor({ state: 'hidden' })

    const neighbour = await app.openAs('张晓东', 'pages/community-wishes/index')
    const onWall = card(neighbour, title)
    await onWall.waitFor()
    // The wisher's name is masked to others.
    expect(await onWall.innerText()).toContain('赵*娜')
    expect(await onWall.innerText()).not.toContain('赵丽娜')
    await app.goTo(neighbour, `pages/community-wish/index?id=${wishId}`)
    await button(neighbour, '我来认领').click()
    await confirmDialog(neighbour, '认领')
    await shown(neighbour.getByText('已认领', { exact: true })).waitFor()
    const chooser = neighbour.waitForEvent('filechooser')
    await shown(neighbour.getByText('+ 添加照片', { exact: true })).click()
    await (await chooser).setFiles(JPEG)
    await shown(neighbour.locator('.hl-photo-picker__image')).waitFor()
    await button(neighbour, '提交完成').click()
    await shown(neighbour.getByText('已完成，待确认', { exact: true })).waitFor()

    const member = await signIn(app.cloud.url, P.member)
    const before = dataOf(await member.points.account({}), 'account').balance
    await app.goTo(wisher, `pages/community-wish/index?id=${wishId}`)
    await button(wisher, '确认心愿已完成').click()
    await confirmDialog(wisher, '确认')
    await shown(wisher.getByText('已圆梦', { exact: true })).waitFor()

    // A repeat confirmation (a double tap that got through) pays nothing more.
    const resident = await signIn(app.cloud.url, P.resident)
    expect(dataOf(await resident.community.confirmWish({ wishId }), 'confirm again').points).toBe(0)
    const after = dataOf(await member.points.account({}), 'account').balance
    expect(after - before).toBe(10)
    const ledger = dataOf(await member.points.ledger({}), 'ledger').items.filter((e) => e.reason.includes(title))
    expect(ledger).toHaveLength(1)
    for (const page of [wisher, secretary, neighbour]) await page.context().close()
  })

  it('a resident reports a blocked drain; it is assigned, progresses, closes, is rated and shows on 问题墙', async () => {
    const text = `海福巷3号下水道又堵塞了，楼前平台污水满溢 ${RUN}`
    const reporter = await app.openAs('赵丽娜', 'pages/community-report/index')
    await shown(reporter.locator('.hl-chips__chip', { hasText: '排水管道' })).click()
    await field(reporter, '楼栋或地点').fill('海福巷3号')
    await field(reporter, '问题描述', 'textarea').fill(text)
    await button(reporter, '提交').click()
    await shown(reporter.getByText('待受理', { exact: true })).waitFor()
    const ticketId = idIn(reporter)
    expect(ticketId).toMatch(/^ticket-/)

    const office = await app.openAs('王建华', 'admin/community-tickets/index')
    await card(office, text).waitFor()
    await app.goTo(office, `admin/community-ticket/index?id=${ticketId}`)
    await field(office, '单位名称').fill('光华路街道城管科')
    await button(office, '受理并交办').click()
    await shown(office.getByText('已受理', { exact: true })).waitFor()
    // The 20-working-day clock is on.
    expect(await card(office, text).innerText()).toMatch(/期限 \d{4}-\d{2}-\d{2} · 还剩 \d+ 个工作日/)
    await field(office, '办理进展', 'textarea').fill('已联系城管科现场查看，正在疏通')
    await button(office, '记录进展').click()
    await shown(office.getByText('办理中', { exact: true })).waitFor()
    await field(office, '办理结果', 'textarea').fill('更换堵塞管段，彻底根除满溢')
    await button(office, '办结').click()
    await confirmDialog(office, '办结')
    await shown(office.getByText('已办结', { exact: true })).waitFor()

    await app.goTo(reporter, `pages/community-ticket/index?id=${ticketId}`)
    const timeline = card(reporter, '办理进度')
    await timeline.getByText(/^办结 · /).waitFor()
    expect(await timeline.innerText()).toMatch(/提交诉求[\s\S]*受理并交办[\s\S]*办理进展[\s\S]*办结/)
    await button(reporter, '提交评价').click()
    await shown(reporter.getByText('已评价', { exact: true })).waitFor()

    // Each step the office took was told to the reporter, once.
    const call = await signIn(app.cloud.url, P.resident)
    const ticket = dataOf(await call.community.ticket({ ticketId }), 'ticket').ticket
    expect(ticket.timeline.map((e) => e.step)).toEqual(['report', 'accept', 'progress', 'close', 'rate'])
    expect(ticket.rating).toBe(5)

    const visitor = await app.openAs('张晓东', 'pages/community-problems/index')
    const onWall = card(visitor, text)
    await onWall.waitFor()
    expect(await onWall.innerText()).toContain('赵*娜')
    expect(await onWall.innerText()).toContain('光华路街道城管科')
    expect(await onWall.innerText()).not.toContain('赵丽娜')
    for (const page of [reporter, office, visitor]) await page.context().close()
  })
})
