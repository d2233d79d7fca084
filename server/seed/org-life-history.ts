import type { ActivityKind } from '../../core/contract/activities'
import type { ActivityDoc, ActivityRecordDoc, MeetingAttendeeDoc, MeetingMinutesDoc, RegisterLineDoc } from '../../core/activities/model'
import { expectedOn, registerCounts, type RegisterState } from '../../core/activities/register'
import type { MemberDoc } from '../../core/model'
import { beijingMonth, toBeijing } from '../../core/time'
import type { DatabaseService } from '../db'
import { SECRETARY, seedActivityDoc, type SeedActivity } from './activities'
import type { DemoCommunity } from './community'
import { createRandom } from './random'

/** The branch whose past year of 三会一课 the demo shows (the demo secretary's own). */
const BRANCH_ID = 'org-b1'
const MONTHS_BACK = 11
/** How far back, at most, the one month lies whose 主题党日 was never held (the 台账 shows it as 未开展). */
const MISSED_AT_MOST = 6
/** The demo's recent 主题党日 (act-seed-past-theme-day in activities.ts) is this many days ago. */
const RECENT_THEME_DAY_BACK = 20
const LEAVE_REASONS = ['住院治疗', '外出探亲', '身体不适', '在外地照顾孙辈']

const THEME_DAYS = [
  '重温入党誓词',
  '学习身边榜样',
  '楼道环境整治',
  '走访慰问困难党员',
  '垃圾分类进楼栋',
  '学习党章党规',
  '红色观影',
  '为老人义务理发',
  '防诈骗宣传进楼栋',
  '清理小区卫生死角',
  '学习全会精神',
]

interface HistoryMeeting {
  kind: ActivityKind
  orgId: string
  title: string
  /** Days back from today and the Beijing hour. */
  day: number
  hour: number
  text: string
}

/** The meetings 第一党支部 held in the last eleven months: each month a 主题党日 and a 党小组会 per group, each quarter a 支部党员大会 and a 党课. */
function historyOf(community: DemoCommunity, now: Date): HistoryMeeting[] {
  const groups = community.orgs.filter((o) => o.parentId === BRANCH_ID)
  const meetings: HistoryMeeting[] = []
  const monthBack = (back: number) => toBeijing(now).subtract(back, 'month').startOf('month')
  const recentThemeDay = beijingMonth(toBeijing(now).subtract(RECENT_THEME_DAY_BACK, 'day').toDate())
  // The missed month lies in this year where it can (the 台账 opens on this year), never on the recent one.
  const thisYear = toBeijing(now).year()
  const missed =
    [...Array(MISSED_AT_MOST).keys()]
      .map((i) => MISSED_AT_MOST - i)
      .find((back) => monthBack(back).year() === thisYear && monthBack(back).format('YYYY-MM') !== recentThemeDay) ?? MISSED_AT_MOST
  for (let back = 1; back <= MONTHS_BACK; back++) {
    const month = monthBack(back)
    const dayOf = (date: number) => Math.round((toBeijing(now).startOf('day').valueOf() - month.date(date).valueOf()) / 86_400_000)
    const label = `${month.month() + 1}月`
    if (back !== missed && month.format('YYYY-MM') !== recentThemeDay) {
      const theme = THEME_DAYS[(month.month() + 12 - 1) % THEME_DAYS.length]
      meetings.push({
        kind: 'themeDay',
        orgId: BRANCH_ID,
        title: `${label}主题党日：${theme}`,
        day: dayOf(12),
        hour: 9,
        text: `${theme}，党员交流发言。`,
      })
    }
    groups.forEach((group, i) =>
      meetings.push({
        kind: 'groupMeeting',
        orgId: group._id,
        title: `${label}党小组会`,
        day: dayOf(18 + i),
        hour: 15,
        text: '学习上级文件精神，交流本楼栋党员联系群众的情况。',
      }),
    )
    if (month.month() % 3 === 2) {
      const quarter = Math.floor(month.month() / 3) + 1
      meetings.push(
        {
          kind: 'branchMeeting',
          orgId: BRANCH_ID,
          title: `第${quarter}季度支部党员大会`,
          day: dayOf(25),
          hour: 9,
          text: '通报本季度支部工作，讨论下季度计划。',
        },
        {
          kind: 'partyLesson',
          orgId: BRANCH_ID,
          title: `第${quarter}季度党课：书记讲党课`,
          day: dayOf(26),
          hour: 9,
          text: '支部书记讲党课，党员交流学习体会。',
        },
      )
    }
  }
  return meetings
}

/**
 * A year of signed-off 三会一课 for the demo branch, so its 组织生活台账, 数据看板 and each meeting's
 * register look like a branch that has used 红邻 for a while. Each register is frozen as a signed
 * version 1: 实到 ticked by the secretary, elders with a helper 送学, a few 请假 approved, the rest 缺席.
 * No points or minutes: these meetings post nothing to the 道德银行.
 */
export async function seedOrgLifeHistory(db: DatabaseService, env: string, community: DemoCommunity, now = new Date()) {
  const random = createRandom(20261202)
  const activities: ActivityDoc[] = []
  const records: ActivityRecordDoc[] = []
  const minutes: MeetingMinutesDoc[] = []
  const attendees: MeetingAttendeeDoc[] = []
  historyOf(community, now).forEach((meeting, n) => {
    const id = `act-hist-${String(n + 1).padStart(3, '0')}`
    const plan: SeedActivity = {
      id,
      kind: meeting.kind,
      title: meeting.title,
      description: meeting.text,
      place: '社区党群服务中心二楼会议室',
      day: -meeting.day,
      hour: meeting.hour,
      minutes: 90,
      capacity: null,
      audience: { kind: 'org', orgId: meeting.orgId },
      points: 0,
      serviceMinutes: 0,
      confirmed: [],
    }
    const activity = seedActivityDoc(plan, community, now)
    const signedOffAt = new Date(activity.endAt.getTime() + 3 * 3_600_000)
    const expected = community.members.filter((m) => expectedOn(m, meeting.orgId)).sort((a, b) => a.sortKey.localeCompare(b.sortKey))
    const lines = expected.map((member): RegisterLineDoc => {
      const helper = member.elder && member.helperId ? community.members.find((m) => m._id === member.helperId) : undefined
      const state: RegisterState = helper ? 'delivered' : random.chance(0.08) ? 'leave' : random.chance(0.86) ? 'present' : 'absent'
      const note = state === 'leave' ? random.pick(LEAVE_REASONS) : state === 'delivered' ? (helper?.name ?? '') : ''
      if (state !== 'absent') attendees.push(attendeeOf(id, member, state, note, signedOffAt))
      return { memberId: member._id, name: member.name, elder: member.elder, state, note, checkedInAt: null, mark: markOf(state) }
    })
    const counts = registerCounts(
      lines.map((l) => l.state),
      0,
    )
    const presentIds = lines.filter((l) => l.state === 'present').map((l) => l.memberId)
    activity.confirmedCount = 0
    activity.minutesRecord = {
      text: meeting.text,
      photos: [],
      attendeeCount: presentIds.length,
      recordedAt: signedOffAt,
      recordedByName: SECRETARY.name,
      topics: [meeting.title.replace(/^.*?[：]/, '')],
      speakers: [SECRETARY.name],
      decisions: [],
      version: 1,
      signedOffAt,
      signedOffByName: SECRETARY.name,
    }
    activities.push(activity)
    records.push({
      _id: id,
      activityId: id,
      kind: meeting.kind,
      title: meeting.title,
      orgId: meeting.orgId,
      scopePath: activity.scopePath,
      year: activity.startYear,
      month: beijingMonth(activity.startAt),
      text: meeting.text,
      photos: [],
      attendeeCount: presentIds.length,
      attendeeIds: presentIds,
      recordedAt: signedOffAt,
      recordedByOpenid: SECRETARY.openid,
      recordedByName: SECRETARY.name,
      counts,
      version: 1,
      signedOffAt,
      lock: 'signed',
      correction: null,
    })
    minutes.push({
      _id: `${id}:v1`,
      activityId: id,
      version: 1,
      text: meeting.text,
      topics: activity.minutesRecord.topics ?? [],
      speakers: [SECRETARY.name],
      decisions: [],
      photos: [],
      lines,
      walkIns: [],
      counts,
      signedOffAt,
      signedOffByOpenid: SECRETARY.openid,
      signedOffByName: SECRETARY.name,
      correctionReason: null,
    })
  })
  const insert = (name: string, docs: object[]) => db.bulkInsert(env, name, docs as unknown as Array<Record<string, unknown>>)
  await insert('activities', activities)
  await insert('activityRecords', records)
  await insert('meetingMinutes', minutes)
  await insert('meetingAttendees', attendees)
}

const markOf = (state: RegisterState) => (state === 'present' ? 'present' : state === 'delivered' ? 'delivered' : 'none')

function attendeeOf(activityId: string, member: MemberDoc, state: RegisterState, reason: string, at: Date): MeetingAttendeeDoc {
  return {
    _id: `${activityId}:${member._id}`,
    activityId,
    memberId: member._id,
    memberName: member.name,
    mark: markOf(state),
    leave: state === 'leave' ? { reason, status: 'approved', requestedAt: at, decidedAt: at, decidedByName: SECRETARY.name } : null,
    updatedAt: at,
  }
}
