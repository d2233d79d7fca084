import { card, shown, useAppUnderTest } from './app'

/**
 * 通知 and 学习 in the H5 app against the real local cloud: the admin publishes a notice to one branch;
 * a member of it reads it, a member of another branch never sees it; the read statistics list who has
 * not read (with their helper). Then an elder in elder mode opens a material, their helper records a
 * phone delivery, and the elder's study record shows it.
 */
const app = useAppUnderTest()

/** A demo material assigned to 第一党支部 (server/seed/study.ts). */
const MATERIAL = '党章第一章：党员的义务和权利'

const TITLE = `第一党支部十二月主题党日安排 ${Date.now() % 100000}`

describe('notices reach their audience; study reaches the elders', () => {
  it('admin publishes to 第一党支部; 张晓东 reads it; 陈德明 (第二党支部) never sees it; stats list who has not read', async () => {
    const admin = await app.openAs('王建华', 'admin/notices-edit/index')
    await shown(admin.locator('input[placeholder="例如：关于开展主题党日活动的通知"]')).fill(TITLE)
    await shown(admin.locator('.hl-field__textarea textarea')).fill('各位党员：\n本月主题党日定于**12月20日上午9点**举行。')
    await shown(admin.locator('.hl-chips__chip', { hasText: '指定支部' })).click()
    await shown(admin.locator('.hl-chips__chip').getByText('第一党支部（琼林苑）', { exact: true })).click()
    await admin.getByText('发布', { exact: true }).click()
    await shown(admin.getByTestId('stats-audience')).waitFor()
    expect(await shown(admin.getByTestId('stats-read')).innerText()).toContain('已读 0 人')

    const member = await app.openAs('张晓东')
    await shown(member.getByText(/条通知还没有看/)).waitFor()
    await shown(member.getByText('查看通知', { exact: true })).click()
    const row = shown(member.locator('.hl-notice-row', { hasText: TITLE }))
    await row.getByText('未读', { exact: true }).waitFor()
    await row.click()
    // The body's bold run is rendered as <strong> (from sanitized nodes), not as literal asterisks.
    await shown(member.locator('.hl-notice-body strong', { hasText: '12月20日上午9点' })).waitFor()
    expect(await shown(member.locator('.hl-notice-body')).innerText()).not.toContain('**')
    await app.goTo(member, 'pages/notices-list/index')
    const again = shown(member.locator('.hl-notice-row', { hasText: TITLE }))
    await again.waitFor()
    expect(await again.getByText('未读', { exact: true }).count()).toBe(0)

    const other = await app.openAs('陈德明', 'pages/notices-list/index')
    await shown(other.locator('.hl-notice-row')).waitFor()
    expect(await other.locator('body').innerText()).not.toContain(TITLE)

    await admin.reload()
    await shown(admin.getByTestId('stats-read')).waitFor()
    expect(await shown(admin.getByTestId('stats-read')).innerText()).toContain('已读 1 人')
    const elder = shown(admin.getByTestId('unread-person').filter({ hasText: '李桂兰' }))
    await elder.waitFor()
    expect(await elder.innerText()).toContain('结对党员：张晓东')
    expect(await elder.innerText()).toMatch(/\d{3}\*{4}\d{4}/)
    const unreadNames = await admin.getByTestId('unread-person').allInnerTexts()
    expect(unreadNames.join('\n')).not.toContain('张晓东\n')
    for (const page of [admin, member, other]) await page.context().close()
  })

  it('李桂兰 in elder mode opens a material; 张晓东 records a phone delivery; her 我的学习 shows 由 张晓东 送学', async () => {
    const elder = await app.openAs('李桂兰', 'pages/mine/index')
    // Flagged 长辈 on the roster: elder mode is already on, and says why.
    await shown(elder.locator('.hl-elder-setting__switch')).waitFor()
    await shown(elder.getByText('已开启', { exact: true })).waitFor()
    await shown(elder.getByText('您是长辈，已为您自动开启；不需要可以关掉。')).waitFor()

    await app.goTo(elder, 'pages/study-list/index')
    await shown(elder.locator('.hl-page--elder')).waitFor()
    await shown(elder.getByText(/指派给我的（\d+）/)).waitFor()
    await shown(elder.locator('.hl-material-row', { hasText: MATERIAL })).click()
    await shown(elder.getByText(MATERIAL, { exact: true })).waitFor()
    await shown(elder.locator('.hl-page--elder .hl-notice-body', { hasText: '党员必须履行下列义务' })).waitFor()
    expect(await shown(elder.getByTestId('study-timer')).innerText()).toContain('正在记录学习时间')
    // The article has no audio of its own: in elder mode the browser reads it aloud.
    await shown(elder.getByText('朗读全文', { exact: true })).waitFor()
    // Elder-mode body text is large.
    const size = await shown(elder.locator('.hl-study__progress')).evaluate((node) => parseFloat(getComputedStyle(node).fontSize))
    expect(size).toBeGreaterThanOrEqual(22)

    const helper = await app.openAs('张晓东', 'pages/study-paired/index')
    const elderCard = card(helper, '李桂兰')
    await elderCard.getByText(MATERIAL).first().waitFor()
    await elderCard.locator('.hl-chips__chip', { hasText: MATERIAL }).click()
    await elderCard.locator('.hl-chips__chip', { hasText: '电话送学' }).click()
    await elderCard.getByText('记录送学', { exact: true }).click()
    const outcome = elderCard.getByTestId('delivery-outcome')
    await outcome.waitFor()
    expect(await outcome.innerText()).toContain('送学已记录')
    expect(await outcome.innerText()).toContain('电话送学')

    await app.goTo(elder, 'pages/study-mine/index')
    const record = shown(elder.getByTestId('study-record').filter({ hasText: MATERIAL }))
    await record.waitFor()
    expect(await record.innerText()).toContain('由 张晓东 送学')
    expect(await record.innerText()).toContain('电话送学')
    expect(await shown(elder.getByTestId('study-hours')).innerText()).toMatch(/\/ 32 学时/)

    // The branch secretary sees the delivery under 张晓东, and 李桂兰 is no longer among the unreached.
    const secretary = await app.openAs('刘秀英', 'admin/study-deliveries/index')
    const row = shown(secretary.getByTestId('delivery-helper').filter({ hasText: '张晓东' }))
    await row.waitFor()
    expect(await row.innerText()).toContain('送学 1 次')
    await shown(secretary.getByTestId('unreached-elder')).waitFor()
    expect((await secretary.getByTestId('unreached-elder').allInnerTexts()).join('\n')).not.toContain('李桂兰')
    for (const page of [elder, helper, secretary]) await page.context().close()
  })

  it('the committee adds an audio material (uploaded file) and assigns it to 第一党支部; a member of it finds it first with its player', async () => {
    const title = `党史音频第${Date.now() % 1000}讲`
    const admin = await app.openAs('王建华', 'admin/study-edit/index')
    await shown(admin.locator('input[placeholder="例如：党章第一章学习"]')).fill(title)
    await shown(admin.locator('.hl-chips__chip', { hasText: '音频' })).click()
    await shown(admin.locator('.hl-chips__chip', { hasText: '党史学习' })).click()
    const chooser = admin.waitForEvent('filechooser')
    await shown(admin.getByText('+ 上传音频', { exact: true })).click()
    // The smallest file the store accepts as MP3: an ID3 header.
    await (
      await chooser
    ).setFiles({ name: 'lesson.mp3', mimeType: 'audio/mpeg', buffer: Buffer.concat([Buffer.from('ID3'), Buffer.alloc(64)]) })
    await shown(admin.getByText(/lesson\.mp3/)).waitFor()
    await admin.getByText('保存资料', { exact: true }).click()
    await shown(admin.getByText('修改资料', { exact: true })).waitFor()

    await shown(admin.getByText('指派给支部或党员', { exact: true })).click()
    await shown(admin.locator('.hl-chips__chip', { hasText: '第一党支部（琼林苑）' })).click()
    await shown(admin.getByText('指派', { exact: true })).click()
    await shown(admin.getByTestId('assignment').filter({ hasText: '第一党支部（琼林苑）' })).waitFor()

    const member = await app.openAs('张晓东', 'pages/study-list/index')
    const row = shown(member.locator('.hl-material-row', { hasText: title }))
    await row.waitFor()
    expect(await row.innerText()).toContain('音频')
    expect(await row.innerText()).toMatch(/前完成/)
    await row.click()
    await shown(member.getByTestId('audio-position')).waitFor()
    await shown(member.getByText('播放', { exact: true })).waitFor()
    for (const page of [admin, member]) await page.context().close()
  })
})
