import type { Locator, Page } from 'playwright-core'
import { button, card, confirmDialog, fieldLabelled, idIn, shown, useAppUnderTest } from './app'
import { formatBeijing } from '../../core/time'
import { DEMO_TEAM } from '../../server/seed/activities'
import { dataOf, P, signIn } from '../support'

/**
 * 志愿服务队 organise their own activities, in the H5 app against the real local cloud: 张晓东, leader of
 * the seeded 琼林苑志愿服务队 (a plain member), opens 志愿服务队 › 本队活动和时长 › 发起活动, publishes an
 * activity for the team with 解放军理工大学 as 协办; 赵丽娜 signs up on its page, which shows 主办 and 协办;
 * the leader sees her on 报名名单; the activity is moved to the hour that just ended (the other e2e
 * tests' clock: an edit before the start), she checks in with the leader's code, and the leader
 * confirms attendance from 本队活动 › 已结束 › 确认出勤 and reads the team's hours grow by exactly that
 * activity. 共驻共建 lists the activity under 解放军理工大学.
 */
const app = useAppUnderTest()
const RUN = Date.now() % 100000
const HOUR = 3600_000
const DAY = 24 * HOUR

const hoursText = (minutes: number) => `${Math.floor(minutes / 60)} 小时${minutes % 60 ? ` ${minutes % 60} 分` : ''}`

/** 志愿服务队 › the team's card › 本队活动和时长. */
async function openTeamPanel(page: Page): Promise<Locator> {
  await app.goTo(page, 'pages/care-teams/index')
  const team = card(page, DEMO_TEAM.name)
  await team.getByText('我是队长', { exact: true }).waitFor()
  await button(team, '本队活动和时长').click()
  const panel = shown(page.getByTestId('team-leader-panel'))
  await panel.waitFor()
  return panel
}

describe('志愿服务队 organise their own activities', () => {
  it('a leader publishes a team activity with a co-organiser, confirms attendance after it ends and sees the team’s hours', async () => {
    const title = `本队活动：琼林苑健步走 ${RUN}`
    const leaderApi = await signIn(app.cloud.url, P.member)
    const before = dataOf(await leaderApi.care.teamStats({ teamId: DEMO_TEAM.id }), 'teamStats')
    const residentBefore = before.people.find((p) => p.personId === P.resident.id)!

    // 发起活动 from the team's panel: the editor is preset for the team and for everyone.
    const leader = await app.openAs('张晓东')
    const panel = await openTeamPanel(leader)
    await button(panel, '发起活动').click()
    await shown(leader.getByTestId('activity-team')).getByText(`主办：${DEMO_TEAM.name}`).waitFor()
    await shown(leader.getByText('谁可以参加：全体居民（队长发布的本队活动面向全社区）')).waitFor()
    const field = (label: string) => fieldLabelled(leader, label)
    await field('活动名称').fill(title)
    await field('地点').fill('琼林苑中心花园')
    const start = Date.now() + 2 * DAY
    await field('开始').fill(formatBeijing(start, 'YYYY-MM-DD HH:mm'))
    await field('结束').fill(formatBeijing(start + HOUR, 'YYYY-MM-DD HH:mm'))
    await field('参加可得积分').fill('8')
    await field('志愿时长').fill('60')
    await shown(leader.locator('.hl-chips__chip', { hasText: '解放军理工大学' })).click()
    await leader.screenshot({ path: 'test-artifacts/teams-editor.png', fullPage: true })
    await button(leader, '发布活动').click()
    const info = card(leader, title)
    await info.locator('.hl-info-row', { hasText: '主办' }).getByText(DEMO_TEAM.name).waitFor()
    await info.locator('.hl-info-row', { hasText: '协办' }).getByText('解放军理工大学').waitFor()
    const id = idIn(leader)
    expect(id).toBeTruthy()

    // A member of the team signs up on the activity's page, which shows who organises it.
    const resident = await app.openAs('赵丽娜', `pages/activities-detail/index?id=${id}`)
    const page = card(resident, title)
    await page.locator('.hl-info-row', { hasText: '协办' }).getByText('解放军理工大学').waitFor()
    await page.locator('.hl-info-row', { hasText: '主办' }).getByText(DEMO_TEAM.name).waitFor()
    await button(resident, '报名').click()
    await shown(resident.locator('.hl-card', { hasText: '我的报名' }).getByText('已报名', { exact: true })).waitFor()
    await resident.screenshot({ path: 'test-artifacts/teams-activity-page.png', fullPage: true })

    // The leader's 报名名单 shows her.
    const upcoming = await openTeamPanel(leader)
    const row = shown(upcoming.getByTestId('team-activity').filter({ hasText: title }))
    await row.getByText(/已报名 1 人/).waitFor()
    await button(row, '报名名单').click()
    await shown(leader.getByTestId('attendance-row').filter({ hasText: '赵丽娜' })).waitFor()

    // Time moves: the leader moves it to the hour that just ended (an edit before its start).
    const { activity } = dataOf(await leaderApi.activities.get({ activityId: id }), 'get')
    const now = Date.now()
    const moved = await leaderApi.activities.update({
      activityId: id,
      version: activity.version,
      fields: {
        kind: activity.kind,
        title: activity.title,
        description: activity.description,
        coverFileId: activity.coverFileId,
        place: activity.place,
        startAt: new Date(now - 62 * 60_000).toISOString(),
        endAt: new Date(now - 2 * 60_000).toISOString(),
        signUpOpensAt: null,
        signUpClosesAt: null,
        cancelDeadline: null,
        capacity: activity.capacity,
        audience: { kind: 'all' },
        points: activity.points,
        serviceMinutes: activity.serviceMinutes,
        requiresConfirmation: true,
        teamId: DEMO_TEAM.id,
        coOrganizerIds: activity.coOrganizers.map((unit) => unit.id),
      },
    })
    expect(moved.ok).toBe(true)
    // She checks in with the code the leader's screen shows (inside the window: 30 min after the end).
    const { code } = dataOf(await leaderApi.activities.checkInCode({ activityId: id }), 'checkInCode')
    const residentApi = await signIn(app.cloud.url, P.resident)
    expect((await residentApi.activities.checkIn({ activityId: id, code })).ok).toBe(true)

    // 本队活动 › 已结束 › 确认出勤.
    const ended = await openTeamPanel(leader)
    await shown(ended.locator('.hl-chips__chip', { hasText: '已结束' })).click()
    const endedRow = shown(ended.getByTestId('team-activity').filter({ hasText: title }))
    await endedRow.waitFor()
    await button(endedRow, '确认出勤').click()
    const attendee = shown(leader.getByTestId('attendance-row').filter({ hasText: '赵丽娜' }))
    await attendee.getByText(/签到 \d\d:\d\d/).waitFor()
    await button(leader, '确认出勤（1 人）').click()
    await confirmDialog(leader, '确认出勤')
    await attendee.getByText('已计入', { exact: true }).waitFor()

    // The team's hours: exactly this activity's credit added, for the team and for her.
    const after = dataOf(await leaderApi.care.teamStats({ teamId: DEMO_TEAM.id }), 'teamStats')
    const residentAfter = after.people.find((p) => p.personId === P.resident.id)!
    expect(residentAfter.earned).toBe(residentBefore.earned + 8)
    expect(after.earned).toBe(before.earned + 8)
    expect(after.minutes - before.minutes).toBe(residentAfter.minutes - residentBefore.minutes)
    expect(residentAfter.minutes - residentBefore.minutes).toBeGreaterThan(0)
    const hours = await openTeamPanel(leader)
    const stats = shown(hours.getByTestId('team-stats'))
    await stats.getByText(`本队活动志愿服务 ${hoursText(after.minutes)} · 积分 ${after.earned}`).waitFor()
    await stats
      .getByTestId('team-person')
      .filter({ hasText: `赵丽娜：本队 ${hoursText(residentAfter.minutes)} · ${residentAfter.earned} 积分` })
      .waitFor()
    await leader.screenshot({ path: 'test-artifacts/teams-hours.png', fullPage: true })

    // 共驻共建: the unit lists the activity it co-organised.
    await app.goTo(resident, 'pages/community-partners/index')
    const unit = shown(resident.locator('.hl-card', { hasText: '解放军理工大学' }).filter({ has: resident.getByTestId('co-organized') }))
    await unit.getByTestId('co-organized').getByText(title, { exact: false }).waitFor()
    for (const p of [leader, resident]) await p.context().close()
  })
})
