import type { ActivityDoc } from '../../../core/activities/model'
import { themeDayReminderDue } from '../../../core/activities/org-life'
import type { OrgDoc, UserDoc, MemberDoc } from '../../../core/model'
import { success } from '../../../core/result'
import { beijingMonth, beijingMonthBounds, daysLeftInBeijingMonth } from '../../../core/time'
import type { Handler } from '../../_core/create-function'
import { command, findAll, findByIds, findMany } from '../../_core/db'
import { storeForDownload } from '../../_core/storage'
import { queueMessages } from '../lib/outbox'
import { yearlyRecordFor } from '../lib/yearly'
import { XLSX_CONTENT_TYPE, yearlyRecordWorkbook } from '../lib/yearly-xlsx'

export const yearlyRecord: Handler<'activities', 'yearlyRecord'> = async ({ data, caller }) =>
  yearlyRecordFor(caller, data.year, data.orgId)

export const exportYearlyRecord: Handler<'activities', 'exportYearlyRecord'> = async ({ data, caller }) => {
  const found = await yearlyRecordFor(caller, data.year, data.orgId)
  if (!found.ok) return found
  const bytes = await yearlyRecordWorkbook(found.value)
  const stored = await storeForDownload('exports/org-life', 'xlsx', bytes)
  return success({
    ...stored,
    filename: `${found.value.orgName}-${data.year}年组织生活台账.xlsx`,
    contentType: XLSX_CONTENT_TYPE,
  })
}

/**
 * The daily timer: THEME_DAY_REMINDER_DAYS before a month closes, every branch with no 主题党日 held or
 * scheduled this month gets one message to each of its secretaries (`orgLife:themeDay:<branch>:<month>:<openid>`,
 * so running again, hourly or after a retry, adds nothing). Answers how many were queued.
 */
export async function queueThemeDayReminders(now = new Date()): Promise<number> {
  const days = daysLeftInBeijingMonth(now)
  if (!themeDayReminderDue(days, false)) return 0
  const month = beijingMonth(now)
  const { start, end } = beijingMonthBounds(month)
  const branches = await findAll<OrgDoc>('orgs', { level: 'branch' }, { size: 200 })
  const messages = []
  for (const branch of branches) {
    const scheduled = await findMany<ActivityDoc>(
      'activities',
      { scopePath: branch._id, kind: 'themeDay', status: 'published', startAt: command().and(command().gte(start), command().lt(end)) },
      { limit: 1, fields: { _id: true } },
    )
    if (!themeDayReminderDue(days, scheduled.length > 0)) continue
    const secretaries = await findMany<UserDoc>('users', { role: 'secretary', scopeOrgId: branch._id }, { limit: 20 })
    const names = await findByIds<MemberDoc>(
      'members',
      secretaries.flatMap((u) => (u.memberId ? [u.memberId] : [])),
      { name: true },
    )
    for (const user of secretaries)
      messages.push({
        _id: `orgLife:themeDay:${branch._id}:${month}:${user._id}`,
        type: 'orgLife' as const,
        activityId: '',
        activityTitle: `${month} 主题党日`,
        personId: user.memberId ?? user._id,
        toName: (user.memberId && names.get(user.memberId)?.name) || branch.name,
        text: `组织生活提醒：${branch.name}本月（${month}）还没有安排主题党日，距月底还有 ${days} 天，请及时组织并记录。`,
      })
  }
  return queueMessages(messages)
}
