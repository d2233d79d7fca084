import { button, card, confirmDialog, shown, useAppUnderTest } from './app'
import { buildDemoCommunity } from '../../server/seed/community'
import { dataOf, P, signIn, type Who } from '../support'
import { inHours, type ActivityFieldsInput } from '../support/activity-fields'

/**
 * 关爱网络 in the H5 app against the real local cloud: 张晓东 (helper) visits 李桂兰, hands over a notice
 * at the door and notes a need; 刘秀英 (her branch secretary) finds the need on 需求清单 and turns it into
 * a 微心愿, and the notice's read stats show 李桂兰 as 送达 by 张晓东; 崔子涵 (网格员 of 琼林苑1–2栋, seeded
 * grant) sees only elders and unread neighbours of her buildings. 刘秀英 pairs an elderly resident with
 * 张晓东 (一对一帮扶), who redeems a reward for them from their own points (代兑) and signs them up for an
 * activity; 张晓东 records 李桂兰's remote attendance of a 远程在线党员学习会, which shows in her 学时.
 */
const app = useAppUnderTest()
const RUN = Date.now() % 100000
const MINE = ['琼林苑1栋', '琼林苑2栋']

/** Creates an activity through the API as `who`, with exactly these fields. */
async function createActivity(who: Who, fields: ActivityFieldsInput) {
  const call = await signIn(app.cloud.url, who)
  return dataOf(await call.activities.create({ fields }), 'create').activity
}

describe('关爱网络 in the H5 app', () => {
  it('a helper visits an elder, delivers a notice at the door and records a need; the secretary sees it and the stats show 送达', async () => {
    const title = `关于高龄党员免费体检的通知 ${RUN}`
    const need = `卫生间扶手松了，想请人来修 ${RUN}`
    const office = await signIn(app.cloud.url, P.secretary)
    const notice = dataOf(
      await office.notices.publish({
        draftId: `care-e2e-${RUN}-a`,
        fields: { title, body: '本周六上午在社区卫生服务站体检。', audience: { kind: 'org', orgId: 'org-b1' } },
      }),
      'publish',
    ).notice

    const helper = await app.openAs('张晓东', 'pages/care-visits/index')
    const elderCard = shown(helper.locator('[data-testid="care-elder"]', { hasText: '李桂兰' }))
    await elderCard.waitFor()
    await button(elderCard, '记录走访').click()
    await shown(helper.getByText('走访 李桂兰')).waitFor()
    await shown(helper.locator('.hl-chips__chip', { hasText: title })).click()
    await button(helper, '添加一条需求').click()
    await shown(helper.locator('[data-testid="need-input"] textarea')).fill(need)
    await shown(helper.locator('[data-testid="need-input"] .hl-chips__chip', { hasText: '住房' })).click()
    await button(helper, '记录走访').click()
    const outcome = shown(helper.locator('[data-testid="visit-outcome"]'))
    await outcome.waitFor()
    expect(await outcome.innerText()).toContain('走访已记录')
    expect(await outcome.innerText()).toContain('已当面送达通知 1 条')
    await helper.screenshot({ path: 'test-artifacts/care-visit-recorded.png' })

    const secretary = await app.openAs('刘秀英', 'admin/care-needs/index')
    const row = card(secretary, need)
    await row.waitFor()
    expect(await row.innerText()).toContain('李桂兰')
    expect(await row.innerText()).toContain('张晓东走访时记录')
    await button(row, '转为微心愿').click()
    await confirmDialog(secretary, '转为心愿')
    await secretary.locator('.hl-card', { hasText: need }).filter({ visible: true }).waitFor({ state: 'hidden' })
    const pending = dataOf(await office.community.pendingWishes({}), 'pending').items
    expect(pending.find((w) => w.text.includes(need))).toMatchObject({ wisherName: '李桂兰', status: 'pending' })

    await app.goTo(secretary, `admin/notices-stats/index?id=${notice.id}`)
    await shown(secretary.getByText('其中上门送达 1 人')).waitFor()
    const delivered = shown(secretary.locator('[data-testid="delivered-person"]', { hasText: '李桂兰' }))
    expect(await delivered.innerText()).toContain('由张晓东上门送达')
    await secretary.screenshot({ path: 'test-artifacts/care-notice-delivered.png' })
    for (const page of [helper, secretary]) await page.context().close()
  })

  it('the secretary pairs an elderly resident with a helper, who redeems a reward for them from their points', async () => {
    const office = await signIn(app.cloud.url, P.secretary)
    const rewards = dataOf(await office.points.rewards({}), 'rewards').items.filter((r) => r.active && r.stock > 0)
    const cheapest = rewards.sort((a, b) => a.price - b.price)[0]
    // An elderly resident of 琼林苑3栋 with enough points of their own (the seed's 道德银行 history).
    let elder: { id: string; name: string; before: number } | null = null
    for (const resident of buildDemoCommunity().residents.filter((r) => r.building === '琼林苑3栋' && r._id !== P.resident.id)) {
      const balance = dataOf(await (await signIn(app.cloud.url, { openid: resident.openid })).points.account({}), 'account').balance
      if (balance >= cheapest.price) {
        elder = { id: resident._id, name: resident.name, before: balance }
        break
      }
    }
    if (!elder) throw new Error('no resident of 琼林苑3栋 has points in the seed')

    const secretary = await app.openAs('刘秀英', 'admin/care-resident-pairing/index')
    await shown(secretary.locator('.hl-chips__chip', { hasText: /^琼林苑3栋$/ })).click()
    const row = shown(secretary.locator('[data-testid="pairing-resident"]', { hasText: elder.name }))
    await button(row, '安排结对').click()
    await shown(secretary.locator('.hl-field', { hasText: '党员姓名' }).locator('input')).fill('张晓东')
    await button(secretary, '查找').click()
    await shown(secretary.locator('.hl-chips__chip', { hasText: '张晓东' })).click()
    await button(secretary, '结对').click()
    await confirmDialog(secretary, '结对')
    await shown(secretary.locator('[data-testid="pairing-resident"]', { hasText: `结对党员：张晓东` })).waitFor()

    const helper = await app.openAs('张晓东', 'pages/care-visits/index')
    const elderCard = shown(helper.locator('[data-testid="care-elder"]', { hasText: elder.name }))
    await button(elderCard, '为长辈代兑积分').click()
    await shown(helper.getByTestId('redeem-for')).waitFor()
    const reward = card(helper, cheapest.name)
    await shown(reward.locator('.hl-button', { hasText: /兑换/ }))
      .first()
      .click()
    await confirmDialog(helper, '兑换')
    await shown(helper.getByText(/^已为.+兑换「/)).waitFor()
    await helper.screenshot({ path: 'test-artifacts/care-redeem-for-elder.png' })

    const account = await signIn(app.cloud.url, { openid: buildDemoCommunity().residents.find((r) => r._id === elder!.id)!.openid })
    expect(dataOf(await account.points.account({}), 'account').balance).toBe(elder.before - cheapest.price)
    const orders = dataOf(await account.points.myOrders({}), 'orders').items
    expect(orders[0]).toMatchObject({ rewardName: cheapest.name, byHelperName: '张晓东' })

    // The helper signs the resident up for an activity: from the elder's card, the list, the activity.
    const activityTitle = `重阳敬老茶话会 ${RUN}`
    const activity = await createActivity(P.admin, {
      kind: 'neighbourhood',
      title: activityTitle,
      place: '党群服务中心',
      startAt: inHours(1),
      endAt: inHours(3),
      capacity: 30,
      audience: { kind: 'all' },
    })
    await app.goTo(helper, 'pages/care-visits/index')
    await button(shown(helper.locator('[data-testid="care-elder"]', { hasText: elder.name })), `为${elder.name}报名活动`).click()
    await shown(helper.getByTestId('for-elder-hint')).waitFor()
    await shown(helper.locator('[data-testid="activity-card"]', { hasText: activityTitle })).click()
    const forElder = shown(helper.locator('[data-testid="elder-signup"]', { hasText: elder.name }))
    await button(forElder, `帮${elder.name}报名`).click()
    await shown(forElder.getByText('已报名')).waitFor()
    await helper.screenshot({ path: 'test-artifacts/care-signup-for-resident.png' })
    const signedUp = dataOf(await account.activities.mySignUps({ tab: 'upcoming' }), 'mySignUps').items
    expect(signedUp.find((item) => item.activity.id === activity.id)?.signUp).toMatchObject({
      personId: elder.id,
      status: 'confirmed',
      actedByName: '张晓东',
    })
    for (const page of [secretary, helper]) await page.context().close()
  })

  it('a helper records 李桂兰’s remote attendance of a 远程在线党员学习会: 实到 (远程) and in her 学时', async () => {
    const title = `远程在线党员学习会 ${RUN}`
    const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()
    const meeting = await createActivity(P.secretary, {
      kind: 'branchMeeting',
      title,
      place: '党群服务中心',
      startAt: inMinutes(10),
      endAt: inMinutes(100),
      capacity: null,
      audience: { kind: 'org', orgId: 'org-b1' },
    })
    const elderAccount = await signIn(app.cloud.url, P.elder)
    const before = dataOf(await elderAccount.study.myStudy({}), 'myStudy').minutes

    // The secretary opens it to remote attendance on the register page.
    const secretary = await app.openAs('刘秀英', `admin/activities-register/index?id=${meeting.id}`)
    await shown(secretary.locator('.hl-field', { hasText: '电话接入' }).locator('input')).fill('0551-12345678 转 889123')
    await button(secretary, '开放远程参加').click()
    await shown(secretary.getByTestId('remote-set')).waitFor()

    // The helper records it for 李桂兰 from her card.
    const helper = await app.openAs('张晓东', 'pages/care-visits/index')
    const elderCard = shown(helper.locator('[data-testid="care-elder"]', { hasText: '李桂兰' }))
    const row = shown(elderCard.locator('[data-testid="remote-meeting"]', { hasText: title }))
    expect(await row.innerText()).toContain('电话接入：0551-12345678 转 889123')
    await button(row, '代李桂兰登记远程参加').click()
    await confirmDialog(helper, '确认登记')
    await shown(row.getByTestId('remote-attended')).waitFor()
    expect(await row.getByTestId('remote-attended').innerText()).toContain('张晓东代为登记')
    await helper.screenshot({ path: 'test-artifacts/care-remote-attendance.png' })

    // 学时: 90 minutes more for 李桂兰, marked 远程 on her 我的学习; 实到 (远程) on the register.
    expect(dataOf(await elderAccount.study.myStudy({}), 'myStudy').minutes).toBe(before + 90)
    const elder = await app.openAs('李桂兰', 'pages/study-mine/index')
    const record = shown(elder.locator('[data-testid="study-record"]', { hasText: title }))
    expect(await record.innerText()).toContain('远程参加')
    expect(await record.innerText()).toContain('由 张晓东 代为登记')
    await app.goTo(secretary, `admin/activities-register/index?id=${meeting.id}`)
    const line = shown(secretary.locator('[data-testid="register-row"]', { hasText: '李桂兰' }))
    expect(await line.innerText()).toContain('远程参加（张晓东登记）')
    for (const page of [secretary, helper, elder]) await page.context().close()
  })

  it('a 网格员 sees only the elders and the unread neighbours of their own buildings', async () => {
    const title = `关于清理楼道杂物的通知 ${RUN}`
    const committee = await signIn(app.cloud.url, P.admin)
    dataOf(
      await committee.notices.publish({
        draftId: `care-e2e-${RUN}-b`,
        fields: { title, body: '请各户本周内清理楼道杂物。', audience: { kind: 'all' } },
      }),
      'publish',
    )
    const grid = await app.openAs('崔子涵', 'pages/care-visits/index')
    await shown(grid.locator('[data-testid="care-grant"]', { hasText: '网格员' })).waitFor()
    const elders = grid.locator('[data-testid="care-elder"]').filter({ visible: true })
    await elders.first().waitFor()
    const cards = await elders.allInnerTexts()
    expect(cards.length).toBeGreaterThan(0)
    for (const text of cards) expect(MINE.some((b) => text.includes(b))).toBe(true)
    expect(cards.join('\n')).not.toContain('李桂兰')

    await app.goTo(grid, 'pages/care-building-unread/index')
    await shown(grid.locator('.hl-chips__chip', { hasText: title })).click()
    await shown(grid.getByTestId('building-read')).waitFor()
    const people = await grid.locator('[data-testid="building-unread-person"]').filter({ visible: true }).allInnerTexts()
    expect(people.length).toBeGreaterThan(0)
    for (const text of people) expect(MINE.some((b) => text.includes(b))).toBe(true)
    await grid.screenshot({ path: 'test-artifacts/care-grid-unread.png' })
    await grid.context().close()
  })
})
