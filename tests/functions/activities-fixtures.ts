import { main as activities } from '../../cloudfunctions/activities'
import { main as points } from '../../cloudfunctions/points'
import type { ActivityDetail, ActivityFields } from '../../core/contract/activities'
import type { ResidentDoc, UserDoc } from '../../core/model'
import { callAs } from './helpers'
import { dataOf, P, usePointsEnv, type Db, type Reply } from './points-fixtures'

export { dataOf, P, type Db, type Reply }
export { codeOf, countOf, docOf, balanceOf } from './points-fixtures'

/** A clean env with the demo community (people and orgs) and no activities. */
export const useActivitiesEnv = usePointsEnv

export const call = <T = unknown>(openid: string, action: string, data: unknown = {}) => callAs<Reply<T>>(activities, openid, action, data)
export const callPoints = <T = unknown>(openid: string, action: string, data: unknown = {}) =>
  callAs<Reply<T>>(points, openid, action, data)

const HOUR = 3_600_000
export const inHours = (hours: number, from = Date.now()) => new Date(from + hours * HOUR).toISOString()

/** Fields of an activity for everyone, starting in two days, 2 hours long; override anything. */
export function fields(overrides: Partial<Record<keyof ActivityFields, unknown>> = {}): Record<string, unknown> {
  return {
    kind: 'volunteer',
    title: '楼道清洁日',
    place: '琼林苑3栋',
    startAt: inHours(48),
    endAt: inHours(50),
    capacity: 20,
    audience: { kind: 'all' },
    points: 10,
    serviceMinutes: 120,
    ...overrides,
  }
}

/** Creates an activity as `openid` (the admin by default) and answers its detail. */
export async function makeActivity(
  overrides: Partial<Record<keyof ActivityFields, unknown>> = {},
  openid: string = P.admin.openid,
): Promise<ActivityDetail> {
  return dataOf(await call<{ activity: ActivityDetail }>(openid, 'create', { fields: fields(overrides) })).activity
}

/** Moves an activity in time directly in the database (e.g. to make it under way or over). */
export async function setTimes(db: Db, activityId: string, times: Record<string, Date | null>): Promise<void> {
  await db.collection('activities').doc(activityId).update({ data: times })
  const signUpTimes: Record<string, Date> = {}
  if (times.startAt) signUpTimes.activityStartAt = times.startAt
  if (times.endAt) signUpTimes.activityEndAt = times.endAt
  if (Object.keys(signUpTimes).length) await db.collection('activitySignUps').where({ activityId }).update({ data: signUpTimes })
}

/** `count` extra registered residents (openid `<prefix>-<i>`) in 琼林苑1栋. */
export async function addResidents(db: Db, count: number, prefix: string): Promise<Array<{ openid: string; id: string }>> {
  const now = new Date()
  const residents: ResidentDoc[] = Array.from({ length: count }, (_, i) => ({
    _id: `r-${prefix}-${i}`,
    openid: `${prefix}-${i}`,
    name: `居民${i}`,
    phone: `1370000${String(i).padStart(4, '0')}`,
    building: '琼林苑1栋',
    unit: '1单元',
    rankingOptOut: false,
    createdAt: now,
    updatedAt: now,
  }))
  const users: UserDoc[] = residents.map((r) => ({
    _id: r.openid,
    role: 'resident',
    memberId: null,
    residentId: r._id,
    scopeOrgId: null,
    createdAt: now,
    updatedAt: now,
  }))
  for (let i = 0; i < count; i += 100) {
    await db.collection('residents').add({ data: residents.slice(i, i + 100) as unknown as object })
    await db.collection('users').add({ data: users.slice(i, i + 100) as unknown as object })
  }
  return residents.map((r) => ({ openid: r.openid, id: r._id }))
}

/** The activity document as stored (counter and waitlist). */
export async function stored(db: Db, activityId: string): Promise<{ confirmedCount: number; waitlist: string[]; version: number }> {
  const res = (await db.collection('activities').where({ _id: activityId }).get()) as unknown as {
    data: Array<{ confirmedCount: number; waitlist: string[]; version: number }>
  }
  return res.data[0]
}

export async function signUpsOf(db: Db, activityId: string, status: string): Promise<number> {
  return ((await db.collection('activitySignUps').where({ activityId, status }).count()) as unknown as { total: number }).total
}
