import { randomBytes } from 'crypto'
import type { ActivityKind } from '../../core/contract/activities'
import type { ActivityDoc, ActivityRecordDoc, ActivitySignUpDoc } from '../../core/activities/model'
import { serviceMinutesOf } from '../../core/activities/rules'
import { AUDIENCE_KIND_LABELS, audienceKeyOf, type Audience } from '../../core/notices/audience'
import type { PostingInput } from '../../core/points/posting'
import { beijingMonth, beijingYear, toBeijing } from '../../core/time'
import type { DatabaseService } from '../db'
import { DEMO_OPENIDS, type DemoCommunity } from './community'

/** An attendance credit of a past demo activity, posted by the points seed through the ledger rules. */
export interface SeedCredit {
  posting: PostingInput
  at: Date
}

export interface SeedActivity {
  id: string
  kind: ActivityKind
  title: string
  description: string
  place: string
  /** Days from today (Beijing) and the Beijing hour it starts; length in minutes. */
  day: number
  hour: number
  minutes: number
  capacity: number | null
  audience: Audience
  points: number
  serviceMinutes: number
  confirmed: string[]
  waitlisted?: string[]
  /** Past activities: who attended (credited) and the meeting minutes, if any. */
  attended?: string[]
  record?: string
  /** 主办 volunteer team (server/seed/care.ts) and 协办 partner units (server/seed/govern.ts). */
  team?: { id: string; name: string }
  coOrganizers?: Array<{ id: string; name: string }>
}

/** 第一党支部's 主题党日 in the meeting room (20 seats, 9:00–11:00, 10 points). */
const BRANCH_THEME_DAY = {
  kind: 'themeDay',
  place: '社区党群服务中心二楼会议室',
  hour: 9,
  minutes: 120,
  capacity: 20,
  audience: { kind: 'org', orgId: 'org-b1' },
  points: 10,
  serviceMinutes: 0,
} satisfies Partial<SeedActivity>

/** The demo volunteer team (seeded by server/seed/care.ts) runs the clean-ups; its leader is the demo member. */
export const DEMO_TEAM = { id: 'team-seed-qionglin', name: '琼林苑志愿服务队', leaderId: 'm-member' } as const
/** 解放军理工大学, the partner unit of seed 003 (server/seed/govern.ts registers it). */
export const DEMO_CO_ORGANIZER = { id: 'unit-seed-ligong', name: '解放军理工大学' } as const

const ADMIN = { openid: DEMO_OPENIDS.admin, name: '王建华' }
export const SECRETARY = { openid: DEMO_OPENIDS.secretary, name: '刘秀英' }

/**
 * Demo data of the `activities` area: a 20-seat 主题党日 in the meeting room, a 志愿服务 clean-up with
 * some sign-ups, a 睦邻活动 that is full with a waitlist, and two past activities with confirmed
 * attendance (credited through the ledger rules by the points seed, so the bank reconciles) and the
 * 主题党日's minutes. Seat counters equal the confirmed sign-ups. The demo resident is signed up only
 * to the past clean-up (attended), so the upcoming ones are free for them to try.
 */
export async function seedActivities(db: DatabaseService, env: string, community: DemoCommunity): Promise<SeedCredit[]> {
  const demoIds = ['m-admin', 'm-secretary', 'm-secretary-2', 'm-member', 'm-elder']
  const b1Members = community.members.filter((m) => m.openid && !m.archived && m.orgPath.includes('org-b1') && !demoIds.includes(m._id))
  const residents = community.residents.filter((r) => r._id !== 'r-0001')
  const ids = (list: Array<{ _id: string }>, from: number, count: number) => list.slice(from, from + count).map((p) => p._id)

  const plans: SeedActivity[] = [
    {
      id: 'act-seed-theme-day',
      ...BRANCH_THEME_DAY,
      title: '主题党日：重温入党誓词',
      description: '重温入党誓词，集中学习党的二十届四中全会精神，交流发言。会议室限 20 人，请提前报名。',
      day: 5,
      confirmed: ['m-secretary', ...ids(b1Members, 0, 7)],
    },
    {
      id: 'act-seed-cleanup',
      kind: 'volunteer',
      title: '楼道清洁日',
      description: '清理楼道堆放杂物、擦拭扶手，工具由社区提供。',
      place: '琼林苑3栋楼下集合',
      day: 3,
      hour: 14,
      minutes: 120,
      capacity: 30,
      audience: { kind: 'all' },
      points: 20,
      serviceMinutes: 120,
      confirmed: [...ids(residents, 0, 8), ...ids(b1Members, 7, 4)],
      team: DEMO_TEAM,
    },
    {
      id: 'act-seed-dumplings',
      kind: 'neighbourhood',
      title: '冬至包饺子',
      description: '邻里一起包饺子，送给独居老人。',
      place: '社区食堂',
      day: 6,
      hour: 10,
      minutes: 150,
      capacity: 10,
      audience: { kind: 'all' },
      points: 10,
      serviceMinutes: 150,
      confirmed: ids(residents, 10, 10),
      waitlisted: ids(residents, 20, 3),
      coOrganizers: [DEMO_CO_ORGANIZER],
    },
    {
      id: 'act-seed-past-cleanup',
      kind: 'volunteer',
      title: '垃圾分类宣传',
      description: '在小区门口宣传垃圾分类，发放宣传册。',
      place: '琼林苑南门',
      day: -10,
      hour: 9,
      minutes: 120,
      capacity: 15,
      audience: { kind: 'all' },
      points: 20,
      serviceMinutes: 120,
      confirmed: ['r-0001', 'm-member', ...ids(residents, 30, 8)],
      attended: ['r-0001', 'm-member', ...ids(residents, 30, 6)],
      team: DEMO_TEAM,
    },
    {
      id: 'act-seed-past-theme-day',
      ...BRANCH_THEME_DAY,
      title: '主题党日：学习身边榜样',
      description: '学习身边优秀党员事迹，开展楼栋环境整治。',
      day: -20,
      confirmed: ['m-secretary', 'm-member', ...ids(b1Members, 11, 10)],
      attended: ['m-secretary', 'm-member', ...ids(b1Members, 11, 8)],
      record: '重温入党誓词；学习身边榜样事迹，6 名党员交流发言；会后清理 3 栋、4 栋楼道。',
    },
  ]

  const now = new Date()
  const people = new Map<string, { name: string; kind: 'member' | 'resident'; orgPath: string[] }>()
  for (const m of community.members) people.set(m._id, { name: m.name, kind: 'member', orgPath: m.orgPath })
  for (const r of community.residents) people.set(r._id, { name: r.name, kind: 'resident', orgPath: [] })

  const activities: ActivityDoc[] = []
  const signUps: ActivitySignUpDoc[] = []
  const records: ActivityRecordDoc[] = []
  const credits: SeedCredit[] = []
  for (const plan of plans) {
    const activity = seedActivityDoc(plan, community, now)
    const { startAt, endAt } = activity
    const createdAt = activity.createdAt
    const attended = new Set(plan.attended ?? [])
    const signUp = (personId: string, status: 'confirmed' | 'waitlisted', i: number): ActivitySignUpDoc => {
      const person = people.get(personId)!
      const checkedInAt = attended.has(personId) ? new Date(startAt.getTime() - 5 * 60_000 + i * 30_000) : null
      const checkedOutAt = checkedInAt ? new Date(endAt.getTime() + i * 20_000) : null
      const minutes = attended.has(personId) ? serviceMinutesOf(activity, checkedInAt, checkedOutAt) : 0
      return {
        _id: `${plan.id}:${personId}`,
        activityId: plan.id,
        personId,
        personName: person.name,
        personKind: person.kind,
        orgPath: person.orgPath,
        status,
        activityStartAt: startAt,
        activityEndAt: endAt,
        activityCancelled: false,
        actedById: null,
        actedByName: null,
        remind: i % 2 === 0,
        signedUpAt: new Date(createdAt.getTime() + (i + 1) * 600_000),
        cancelledAt: null,
        checkedInAt,
        checkedOutAt,
        checkInBy: checkedInAt ? 'code' : null,
        attended: attended.has(personId),
        credited: attended.has(personId),
        creditedMinutes: minutes,
        creditedPoints: attended.has(personId) ? plan.points : 0,
        updatedAt: createdAt,
      }
    }
    plan.confirmed.forEach((id, i) => signUps.push(signUp(id, 'confirmed', i)))
    ;(plan.waitlisted ?? []).forEach((id, i) => signUps.push(signUp(id, 'waitlisted', plan.confirmed.length + i)))
    for (const s of signUps.filter((s) => s.activityId === plan.id && s.credited)) {
      if (plan.points > 0 || s.creditedMinutes > 0) {
        credits.push({
          posting: {
            key: `attendance:${plan.id}:${s.personId}`,
            accountId: s.personId,
            amount: plan.points,
            minutes: s.creditedMinutes,
            kind: 'attendance',
            reason: `参加活动「${plan.title}」`,
            ref: plan.id,
          },
          at: activity.attendanceConfirmedAt!,
        })
      }
    }
    if (plan.record) {
      const recordedAt = new Date(endAt.getTime() + 2 * 3_600_000)
      activity.minutesRecord = { text: plan.record, photos: [], attendeeCount: attended.size, recordedAt, recordedByName: SECRETARY.name }
      records.push({
        _id: plan.id,
        activityId: plan.id,
        kind: plan.kind,
        title: plan.title,
        orgId: plan.audience.kind === 'org' ? plan.audience.orgId : null,
        scopePath: activity.scopePath,
        year: activity.startYear,
        month: activity.startMonth,
        text: plan.record,
        photos: [],
        attendeeCount: attended.size,
        attendeeIds: [...attended],
        recordedAt,
        recordedByOpenid: SECRETARY.openid,
        recordedByName: SECRETARY.name,
      })
    }
    activities.push(activity)
  }

  const insert = (name: string, docs: object[]) => db.bulkInsert(env, name, docs as unknown as Array<Record<string, unknown>>)
  await insert('activities', activities)
  await insert('activitySignUps', signUps)
  await insert('activityRecords', records)
  return credits
}

/** The activity document of a demo plan, starting `plan.day` days from `now` at `plan.hour` (Beijing). */
export function seedActivityDoc(plan: SeedActivity, community: DemoCommunity, now: Date): ActivityDoc {
  const orgName = (id: string) => community.orgs.find((o) => o._id === id)?.name ?? id
  // Who manages it: the org's subtree, or the committee for everyone.
  const scopePathOf = (audience: Audience): string[] => {
    if (audience.kind !== 'org') return [community.orgs.find((o) => o.parentId === null)!._id]
    const org = community.orgs.find((o) => o._id === audience.orgId)!
    return [...org.path, org._id]
  }
  const startAt = toBeijing(now).add(plan.day, 'day').hour(plan.hour).minute(0).second(0).millisecond(0).toDate()
  const endAt = new Date(startAt.getTime() + plan.minutes * 60_000)
  const past = endAt.getTime() < now.getTime()
  const organizer = plan.audience.kind === 'org' ? SECRETARY : ADMIN
  const createdAt = new Date(startAt.getTime() - 7 * 86_400_000)
  return {
    _id: plan.id,
    kind: plan.kind,
    title: plan.title,
    description: plan.description,
    coverFileId: null,
    place: plan.place,
    startAt,
    endAt,
    signUpOpensAt: null,
    signUpClosesAt: null,
    cancelDeadline: new Date(startAt.getTime() - 2 * 3_600_000),
    capacity: plan.capacity,
    audience: plan.audience,
    audienceKey: audienceKeyOf(plan.audience),
    audienceLabel: plan.audience.kind === 'org' ? orgName(plan.audience.orgId) : AUDIENCE_KIND_LABELS[plan.audience.kind],
    scopePath: scopePathOf(plan.audience),
    points: plan.points,
    serviceMinutes: plan.serviceMinutes,
    requiresConfirmation: true,
    status: 'published',
    cancelReason: null,
    confirmedCount: plan.confirmed.length,
    startMonth: beijingMonth(startAt),
    startYear: beijingYear(startAt),
    checkInSecret: randomBytes(16).toString('hex'),
    organizerOpenid: organizer.openid,
    organizerName: organizer.name,
    teamId: plan.team?.id ?? null,
    teamName: plan.team?.name ?? null,
    coOrganizerIds: (plan.coOrganizers ?? []).map((unit) => unit.id),
    coOrganizerNames: (plan.coOrganizers ?? []).map((unit) => unit.name),
    attendanceConfirmedAt: past ? new Date(endAt.getTime() + 3_600_000) : null,
    minutesRecord: null,
    version: 0,
    createdAt,
    updatedAt: createdAt,
  }
}
