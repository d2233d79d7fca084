/**
 * The yearly 组织生活 record of a branch: required meetings per month/quarter from the rule table, a
 * missed 主题党日 shown missing, scope (a secretary sees their branch only), the .xlsx export, and the
 * reminder a week before a month closes without its 主题党日 (queued once, however often the timer runs).
 */
import ExcelJS from 'exceljs'
import { beijingMonth } from '../../core/time'
import { callAs, codeOf, dataOf, P } from '../support'
import { countOf, docOf, useCommunityDb } from './helpers'
import { makeActivity, setTimes } from './activities-fixtures'
import { queueThemeDayReminders } from '../../cloudfunctions/activities/handlers/org-life'

jest.setTimeout(120_000)
const db = useCommunityDb('activities-yearly')
const YEAR = 2025

/** A meeting of org-b1 (or a group of it) held in the given Beijing month of YEAR, with its minutes recorded. */
async function heldMeeting(kind: 'themeDay' | 'groupMeeting' | 'branchMeeting' | 'partyLesson', month: number, orgId = 'org-b1') {
  const activity = await makeActivity(
    { kind, title: `${month}月${kind}`, audience: { kind: 'org', orgId }, points: 0, serviceMinutes: 0 },
    P.secretary,
  )
  const startAt = new Date(Date.UTC(YEAR, month - 1, 15, 1))
  await setTimes(db, activity.id, { startAt, endAt: new Date(startAt.getTime() + 2 * 3_600_000) })
  dataOf(await callAs(P.secretary).activities.recordMinutes({ activityId: activity.id, text: `${month}月会议纪要` }))
  return activity
}

test('a year with every required meeting but one 主题党日: that month is missing, the rest held, exported as .xlsx', async () => {
  for (let month = 1; month <= 12; month++) {
    if (month !== 5) await heldMeeting('themeDay', month)
    await heldMeeting('groupMeeting', month, 'org-b1-g2')
  }
  for (const month of [2, 5, 8, 11]) {
    await heldMeeting('branchMeeting', month)
    await heldMeeting('partyLesson', month)
  }
  const answer = dataOf(await callAs(P.secretary).activities.yearlyRecord({ year: YEAR }))
  expect(answer.orgId).toBe('org-b1')
  expect(answer.branches).toEqual([{ id: 'org-b1', name: answer.orgName }])
  const themeDays = answer.record.rules.find((r) => r.kind === 'themeDay')!
  expect(themeDays.periods.filter((p) => p.status === 'missing').map((p) => p.period)).toEqual([`${YEAR}-05`])
  expect(answer.record.months[4].missing).toEqual(['themeDay'])
  expect(answer.record.months[4].held).toMatchObject({ groupMeeting: 1, branchMeeting: 1, partyLesson: 1 })
  expect(answer.record.totals).toEqual({ required: 12 + 12 + 4 + 4, held: 31, missing: 1 })
  expect(answer.meetings).toHaveLength(11 + 12 + 8)
  // The register's rate is carried (org meetings have a roster behind them).
  expect(answer.meetings[0].counts?.expected).toBeGreaterThan(0)

  const file = dataOf(await callAs(P.secretary).activities.exportYearlyRecord({ year: YEAR }))
  expect(file.filename).toBe(`${answer.orgName}-${YEAR}年组织生活台账.xlsx`)
  expect(file.fileId).toMatch(/^cloud:\/\/.+\/exports\/org-life\/.+\.xlsx$/)
  const response = await fetch(file.url)
  expect(response.status).toBe(200)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('年度台账')!
  const may = sheet.getRow(7)
  expect(may.getCell(1).value).toBe('5 月')
  expect(may.getCell(2).value).toBe('未开展')
  expect(sheet.getRow(3).getCell(2).value).toBe('已开展 1 次')
  expect(workbook.getWorksheet('会议记录')!.rowCount).toBe(1 + 31)

  // Scope: the other branch's secretary cannot read org-b1; the committee can, and lists every branch.
  expect(codeOf(await callAs(P.otherSecretary).activities.yearlyRecord({ year: YEAR, orgId: 'org-b1' }))).toBe('COMMON.FORBIDDEN')
  const committee = dataOf(await callAs(P.admin).activities.yearlyRecord({ year: YEAR, orgId: 'org-b1' }))
  expect(committee.record.totals.missing).toBe(1)
  expect(committee.branches.length).toBeGreaterThan(1)
  expect(codeOf(await callAs(P.member).activities.yearlyRecord({ year: YEAR }))).toBe('COMMON.FORBIDDEN')
})

test("a week before the month closes without a 主题党日, each such branch's secretary is reminded once", async () => {
  // 2026-12-25 10:00 Beijing: 6 days left.
  const now = new Date('2026-12-25T02:00:00.000Z')
  const other = await makeActivity(
    { kind: 'themeDay', title: '第二支部十二月主题党日', audience: { kind: 'org', orgId: 'org-b2' } },
    P.otherSecretary,
  )
  await setTimes(db, other.id, { startAt: new Date('2026-12-28T01:00:00.000Z'), endAt: new Date('2026-12-28T03:00:00.000Z') })
  const queued = await queueThemeDayReminders(now)
  expect(queued).toBeGreaterThanOrEqual(1)
  const mine = await docOf<{ text: string; type: string }>(db, 'activityOutbox', `orgLife:themeDay:org-b1:2026-12:${P.secretary.openid}`)
  expect(mine).toMatchObject({ type: 'orgLife' })
  expect(mine!.text).toContain('还有 6 天')
  expect(await countOf(db, 'activityOutbox', { _id: `orgLife:themeDay:org-b2:2026-12:${P.otherSecretary.openid}` })).toBe(0)
  expect(await queueThemeDayReminders(now)).toBe(0)
  // Earlier in the month: nothing.
  expect(await queueThemeDayReminders(new Date('2026-12-10T02:00:00.000Z'))).toBe(0)
  expect(beijingMonth(now)).toBe('2026-12')
})
