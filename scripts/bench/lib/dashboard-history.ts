import type { ActivityKind } from '../../../core/activities/constants'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { audienceKeyOf, NEVER_EXPIRES, noticeReadId, noticeSortKey } from '../../../core/notices/audience'
import { statShardId } from '../../../core/points/model'
import { shardOf } from '../../../core/points/model'
import { beijingMonthBounds } from '../../../core/time'
import type { Random } from '../../../server/seed/random'

/** What one month of a community's life adds, per kind of document (documents are plain objects ready to insert). */
export type History = Record<string, Array<Record<string, unknown>>>

const ACTIVITIES_PER_MONTH = 20
const SIGNUPS_PER_ACTIVITY = 15
const NOTICES_PER_MONTH = 10
const READS_PER_NOTICE = 100
const REDEMPTIONS_PER_MONTH = 60

/**
 * A month of history for the dashboard benchmark, at the scale of a 3,000-member community: 20
 * activities with 15 confirmed sign-ups each (12 attended, credited points and minutes through
 * ledger entries, month and all-time totals), 60 redemptions, one study record per member, 10 notices
 * read by 100 members each, and each branch's 主题党日 and 党小组会 (quarterly also 支部党员大会 and
 * 党课) with their records. Balances and year totals are summed by the caller from what it returns.
 */
export function monthOfHistory(month: string, members: MemberDoc[], orgs: OrgDoc[], random: Random): History {
  const { start, end } = beijingMonthBounds(month)
  const year = Number(month.slice(0, 4))
  const span = end.getTime() - start.getTime()
  const at = () => new Date(start.getTime() + Math.floor(random.next() * (span - 3_600_000)))
  const branches = orgs.filter((o) => o.level === 'branch')
  const out: History = {
    activities: [],
    activitySignUps: [],
    activityRecords: [],
    pointEntries: [],
    pointTotals: [],
    pointStats: [],
    studyRecords: [],
    notices: [],
    noticeReads: [],
  }
  const stat = { issued: 0, withdrawn: 0, spent: 0, refunded: 0, minutes: 0 }
  const earned = new Map<string, { points: number; minutes: number; member: MemberDoc }>()
  const entry = (member: MemberDoc, key: string, amount: number, kind: string, when: Date, minutes = 0) => {
    out.pointEntries.push({
      _id: key,
      key,
      accountId: member._id,
      amount,
      balanceAfter: 0,
      minutes,
      kind,
      reason: kind,
      ref: null,
      seq: 0,
      earning: amount > 0 ? amount : 0,
      at: when,
    })
    out.pointEntries.push({
      _id: `${key}#issuer`,
      key,
      accountId: `issuer:${String(shardOf(member._id)).padStart(2, '0')}`,
      amount: -amount,
      balanceAfter: 0,
      minutes: 0,
      kind,
      reason: kind,
      ref: null,
      seq: 0,
      earning: 0,
      at: when,
    })
  }

  for (let a = 0; a < ACTIVITIES_PER_MONTH; a++) {
    const branch = branches[a % branches.length]
    const startAt = at()
    const id = `act-h-${month}-${a}`
    const kind: ActivityKind = a % 2 ? 'volunteer' : 'neighbourhood'
    out.activities.push({
      _id: id,
      kind,
      title: `活动 ${month} #${a}`,
      status: 'published',
      startAt,
      endAt: new Date(startAt.getTime() + 7_200_000),
      startMonth: month,
      startYear: year,
      scopePath: [...branch.path, branch._id],
      audience: { kind: 'org', orgId: branch._id },
      audienceKey: `org:${branch._id}`,
      confirmedCount: SIGNUPS_PER_ACTIVITY,
      waitlist: [],
      points: 5,
      serviceMinutes: 120,
    })
    const pool = members.filter((m) => m.orgPath.includes(branch._id))
    for (let s = 0; s < SIGNUPS_PER_ACTIVITY; s++) {
      const member = pool[random.int(0, pool.length - 1)]
      const attended = s < 12
      out.activitySignUps.push({
        _id: `${id}:${member._id}:${s}`,
        activityId: id,
        personId: member._id,
        personKind: 'member',
        orgPath: member.orgPath,
        status: 'confirmed',
        activityStartAt: startAt,
        attended,
        credited: attended,
        creditedMinutes: attended ? 120 : 0,
        creditedPoints: attended ? 5 : 0,
      })
      if (!attended) continue
      entry(member, `attendance:${id}:${member._id}:${s}`, 5, 'attendance', startAt, 120)
      stat.issued += 5
      stat.minutes += 120
      const e = earned.get(member._id) ?? { points: 0, minutes: 0, member }
      e.points += 5
      e.minutes += 120
      earned.set(member._id, e)
    }
  }
  for (let r = 0; r < REDEMPTIONS_PER_MONTH; r++) {
    const member = [...earned.values()][r % Math.max(1, earned.size)]?.member
    if (!member) break
    entry(member, `redeem:${member._id}:${month}-${r}`, -3, 'redeem', at())
    stat.spent += 3
  }
  for (const [personId, e] of earned) {
    out.pointTotals.push({
      _id: `m:${month}:${personId}`,
      period: `m:${month}`,
      personId,
      points: e.points,
      minutes: e.minutes,
      maskedName: '张*',
      building: '',
      branchId: e.member.orgPath[1] ?? null,
      orgPath: e.member.orgPath,
      optOut: false,
    })
  }
  out.pointStats.push({ _id: statShardId(`m:${month}`, 0), ...stat })

  for (const member of members) {
    const day = at()
    const delivered = member.elder && random.chance(0.6)
    out.studyRecords.push({
      _id: `sm-h:${member._id}:${month}`,
      personId: member._id,
      materialId: 'sm-h',
      materialTitle: '学习',
      day: day.toISOString().slice(0, 10),
      year,
      minutes: random.int(60, 240),
      requestedMinutes: 60,
      source: delivered ? 'delivery' : 'self',
      deliveryId: null,
      deliveredByName: null,
      method: null,
      at: day,
    })
  }

  for (let n = 0; n < NOTICES_PER_MONTH; n++) {
    const id = `n-h-${month}-${n}`
    const publishedAt = at()
    out.notices.push({
      _id: id,
      title: `通知 ${id}`,
      body: [],
      images: [],
      attachments: [],
      audience: { kind: 'members' },
      audienceKey: audienceKeyOf({ kind: 'members' }),
      audienceLabel: '全体党员',
      scopePath: [orgs.find((o) => o.level === 'committee')!._id],
      pinned: false,
      status: 'published',
      expiresAt: null,
      visibleUntil: NEVER_EXPIRES,
      sortKey: noticeSortKey(false, publishedAt, id),
      authorOpenid: 'demo-admin',
      authorName: '管理员',
      version: 1,
      publishedAt,
      updatedAt: publishedAt,
      withdrawnAt: null,
    })
    const offset = random.int(0, members.length - READS_PER_NOTICE)
    for (const member of members.slice(offset, offset + READS_PER_NOTICE)) {
      out.noticeReads.push({
        _id: noticeReadId(id, member._id),
        noticeId: id,
        personId: member._id,
        personKind: 'member',
        orgPath: member.orgPath,
        building: member.building,
        audienceKey: 'members',
        live: true,
        visibleUntil: NEVER_EXPIRES,
        noticeVersion: 1,
        at: publishedAt,
      })
    }
  }

  const quarterEnd = Number(month.slice(5, 7)) % 3 === 0
  for (const branch of branches) {
    const kinds: ActivityKind[] = ['themeDay', 'groupMeeting', ...(quarterEnd ? (['branchMeeting', 'partyLesson'] as ActivityKind[]) : [])]
    kinds.forEach((kind, k) => {
      // About one branch-month in ten misses its 主题党日.
      if (kind === 'themeDay' && random.chance(0.1)) return
      const id = `act-m-${branch._id}-${month}-${k}`
      const when = at()
      out.activities.push({
        _id: id,
        kind,
        title: kind,
        status: 'published',
        startAt: when,
        endAt: when,
        startMonth: month,
        startYear: year,
        scopePath: [...branch.path, branch._id],
        audience: { kind: 'org', orgId: branch._id },
        audienceKey: `org:${branch._id}`,
        confirmedCount: 0,
        waitlist: [],
      })
      out.activityRecords.push({
        _id: id,
        activityId: id,
        kind,
        title: kind,
        orgId: branch._id,
        scopePath: [...branch.path, branch._id],
        year,
        month,
        text: '',
        photos: [],
        attendeeCount: 0,
        attendeeIds: [],
        recordedAt: when,
      })
    })
  }
  return out
}
