import { button, card, confirmDialog, fieldLabelled, idIn, shown, useAppUnderTest } from './app'
import type { RequestOf } from '../../core/contract'
import { formatBeijing } from '../../core/time'
import { dataOf, P, signIn } from '../support'

/**
 * 活动报名 in the H5 app against the real local cloud: a resident signs up and cancels; an activity
 * the admin publishes through the form fills, the next person waitlists and is promoted when a seat
 * frees; a helper signs up their paired elder; the resident checks in with the code the organiser's
 * screen shows, the organiser confirms attendance and the points and minutes reach the 积分 tab.
 * Every test makes its own activities (the seed's demo activities are not relied on).
 */
const app = useAppUnderTest()
const RUN = Date.now() % 100000

/** 2026-12-20 09:00 style, Beijing time, for the form. */
const beijingInput = (at: number) => formatBeijing(at, 'YYYY-MM-DD HH:mm')

const HOUR = 3600_000
const DAY = 24 * HOUR

type ActivityFieldsInput = RequestOf<'activities', 'create'>['fields']

function fields(title: string, overrides: Partial<ActivityFieldsInput> = {}): ActivityFieldsInput {
  const start = Date.now() + 2 * DAY
  return {
    kind: 'volunteer',
    title,
    description: '请穿方便活动的衣服。',
    coverFileId: null,
    place: '琼林苑北门',
    startAt: new Date(start).toISOString(),
    endAt: new Date(start + 2 * HOUR).toISOString(),
    signUpOpensAt: null,
    signUpClosesAt: null,
    cancelDeadline: null,
    capacity: 20,
    audience: { kind: 'all' },
    points: 10,
    serviceMinutes: 60,
    requiresConfirmation: true,
    ...overrides,
  }
}

async function createActivity(title: string, overrides: Partial<ActivityFieldsInput> = {}) {
  const admin = await signIn(app.cloud.url, P.admin)
  const created = await admin.activities.create({ fields: fields(title, overrides) })
  expect(created.ok).toBe(true)
  return dataOf(created, 'create').activity
}

async function confirmedCount(activityId: string): Promise<number> {
  const admin = await signIn(app.cloud.url, P.admin)
  const got = await admin.activities.get({ activityId })
  return dataOf(got, 'get').activity.confirmedCount
}

describe('activities in the H5 app', () => {
  it('a resident signs up in one tap, finds it under 我的活动, and cancels after confirming', async () => {
    const title = `琼林苑楼道清洁 ${RUN}`
    const { id } = await createActivity(title)
    const resident = await app.openAs('赵丽娜')
    // Reached from the 活动 tab, filtered by kind.
    await resident.locator('.weui-tabbar__label', { hasText: '活动' }).click()
    await shown(resident.locator('.hl-chips__chip', { hasText: '志愿服务' })).click()
    await app.goTo(resident, `pages/activities-detail/index?id=${id}`)
    await shown(resident.getByText('剩 20 个名额（共 20）')).waitFor()
    await button(resident, '报名').click()
    await card(resident, '我的报名').getByText('已报名', { exact: true }).waitFor()
    expect(await confirmedCount(id)).toBe(1)

    await app.goTo(resident, 'pages/activities-mine/index')
    await shown(resident.locator('.hl-activity-card', { hasText: title })).waitFor()

    await app.goTo(resident, `pages/activities-detail/index?id=${id}`)
    await button(resident, '取消报名').click()
    await confirmDialog(resident, '取消报名')
    await shown(resident.getByText('您已取消过报名，可以重新报名。')).waitFor()
    expect(await confirmedCount(id)).toBe(0)
    await resident.context().close()
  })

  it('an activity published through the form fills up; the next person waitlists and is promoted when a seat frees', async () => {
    const title = `微党课：红色家风 ${RUN}`
    const admin = await app.openAs('王建华', 'admin/activities-edit/index')
    const field = (label: string) => fieldLabelled(admin, label)
    await shown(admin.locator('.hl-chips__chip', { hasText: '微党课' })).click()
    await field('活动名称').fill(title)
    await field('地点').fill('社区党群服务中心二楼会议室')
    const start = Date.now() + 3 * DAY
    await field('开始').fill(beijingInput(start))
    await field('结束').fill(beijingInput(start + HOUR))
    await field('人数上限').fill('1')
    await shown(admin.locator('.hl-chips__chip', { hasText: '全体居民' })).click()
    await field('参加可得积分').fill('5')
    await button(admin, '发布活动').click()
    await shown(admin.locator('.hl-card', { hasText: title }).getByText('剩 1 个名额（共 1）')).waitFor()
    const id = idIn(admin)
    expect(id).toBeTruthy()

    const resident = await app.openAs('赵丽娜', `pages/activities-detail/index?id=${id}`)
    await button(resident, '报名').click()
    await card(resident, '我的报名').getByText('已报名', { exact: true }).waitFor()

    const member = await app.openAs('张晓东', `pages/activities-detail/index?id=${id}`)
    await shown(member.getByText('已满')).waitFor()
    await button(member, '加入候补').click()
    await card(member, '我的报名').getByText('候补第 1 位', { exact: true }).waitFor()

    await app.goTo(resident, `pages/activities-detail/index?id=${id}`)
    await button(resident, '取消报名').click()
    await confirmDialog(resident, '取消报名')
    await shown(resident.getByText('您已取消过报名，可以重新报名。')).waitFor()

    await app.goTo(member, `pages/activities-detail/index?id=${id}`)
    await card(member, '我的报名').getByText('已报名', { exact: true }).waitFor()
    expect(await confirmedCount(id)).toBe(1)

    // The promoted person is told: the local cloud's outbox holds the message.
    await app.goTo(admin, 'admin/activities-outbox/index')
    await shown(admin.getByTestId('outbox-item').filter({ hasText: title }).filter({ hasText: '候补递补' })).waitFor()
    for (const page of [admin, resident, member]) await page.context().close()
  })

  it('a helper signs up their paired elder, and the elder sees who did it', async () => {
    const title = `睦邻茶话会 ${RUN}`
    const { id } = await createActivity(title, { kind: 'neighbourhood', capacity: 10 })
    const helper = await app.openAs('张晓东', `pages/activities-detail/index?id=${id}`)
    const elderRow = shown(helper.getByTestId('elder-signup').filter({ hasText: '李桂兰' }))
    await elderRow.locator('.hl-button', { hasText: '帮李桂兰报名' }).click()
    await elderRow.getByText('已报名', { exact: true }).waitFor()

    const elder = await app.openAs('李桂兰', `pages/activities-detail/index?id=${id}`)
    await card(elder, '我的报名').getByText('由 张晓东 代报名').waitFor()
    for (const page of [helper, elder]) await page.context().close()
  })

  it('checks in with the code on the organiser’s screen; confirmed attendance credits points and minutes on the 积分 tab', async () => {
    const title = `主题党日：重温入党誓词 ${RUN}`
    const created = await createActivity(title, { kind: 'themeDay', points: 15, serviceMinutes: 45 })
    const residentApi = await signIn(app.cloud.url, P.resident)
    expect(dataOf(await residentApi.activities.signUp({ activityId: created.id })).signUp.status).toBe('confirmed')
    const before = dataOf(await residentApi.points.account({}))
    // Move it to the hour that just ended (allowed before it starts), so check-in is open and it can be confirmed.
    const admin = await signIn(app.cloud.url, P.admin)
    const now = Date.now()
    const moved = await admin.activities.update({
      activityId: created.id,
      version: created.version,
      fields: fields(title, {
        kind: 'themeDay',
        points: 15,
        serviceMinutes: 45,
        startAt: new Date(now - 62 * 60_000).toISOString(),
        endAt: new Date(now - 2 * 60_000).toISOString(),
      }),
    })
    expect(moved.ok).toBe(true)

    const organiser = await app.openAs('王建华', `admin/activities-code/index?id=${created.id}`)
    const digits = shown(organiser.getByTestId('checkin-digits'))
    await digits.waitFor()
    const code = (await digits.innerText()).trim()
    expect(code).toMatch(/^\d{6}$/)

    const resident = await app.openAs('赵丽娜', `pages/activities-checkin/index?id=${created.id}`)
    // A wrong code is refused in words first.
    const codeInput = shown(resident.locator('.hl-field input'))
    await codeInput.fill(code === '000000' ? '111111' : '000000')
    await button(resident, '签到').click()
    await shown(resident.getByTestId('checkin-result').getByText('⚠ 没有签到成功', { exact: true })).waitFor()
    await codeInput.fill(code)
    await button(resident, '签到').click()
    await shown(resident.getByTestId('checkin-result').getByText('✓ 签到成功', { exact: true })).waitFor()

    await app.goTo(organiser, `admin/activities-attendance/index?id=${created.id}`)
    const row = shown(organiser.getByTestId('attendance-row').filter({ hasText: '赵丽娜' }))
    await row.waitFor()
    await row.getByText(/签到 \d\d:\d\d/).waitFor()
    await button(organiser, '确认出勤（1 人）').click()
    await confirmDialog(organiser, '确认出勤')
    await row.getByText('已计入', { exact: true }).waitFor()

    await app.goTo(resident, 'pages/points/index')
    await shown(resident.locator('.hl-balance__value', { hasText: String(before.balance + 15) })).waitFor()
    const total = before.minutes + 45
    const minutesText = total >= 60 ? `${Math.floor(total / 60)} 小时${total % 60 ? ` ${total % 60} 分钟` : ''}` : `${total} 分钟`
    await shown(resident.getByText(`服务时长 ${minutesText}`)).waitFor()
    await shown(resident.locator('.hl-ledger-row', { hasText: '+15' }).filter({ hasText: '服务 45 分钟' })).waitFor()

    await app.goTo(resident, 'pages/activities-mine/index')
    await shown(resident.locator('.hl-chips__chip', { hasText: '已参加' })).click()
    await shown(resident.locator('.hl-activity-card', { hasText: title }).getByText(/志愿时长 45 分钟 · 积分 \+15/)).waitFor()
    for (const page of [organiser, resident]) await page.context().close()
  })
})
