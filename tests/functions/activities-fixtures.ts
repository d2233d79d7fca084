import type { ActivityDetail } from '../../core/contract/activities'
import type { ResidentDoc, UserDoc } from '../../core/model'
import { callAs, dataOf, P, type Who } from '../support'
import { fields, type ActivityFieldsInput } from '../support/activity-fields'
import { countOf, type Db } from './helpers'

export { fields, inHours, type ActivityFieldsInput } from '../support/activity-fields'

/** Creates an activity as `who` (the admin by default) and answers its detail. */
export async function makeActivity(overrides: Partial<ActivityFieldsInput> = {}, who: Who = P.admin): Promise<ActivityDetail> {
  return dataOf(await callAs(who).activities.create({ fields: fields(overrides) })).activity
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

/** The activity document as stored (the seat counter). */
export async function stored(db: Db, activityId: string): Promise<{ confirmedCount: number; capacity: number | null; version: number }> {
  const res = (await db.collection('activities').where({ _id: activityId }).get()) as unknown as {
    data: Array<{ confirmedCount: number; capacity: number | null; version: number }>
  }
  return res.data[0]
}

/** The waitlist as stored: waitlisted people's ids, first come first served (signedUpAt, then _id). */
export async function waitlistOf(db: Db, activityId: string): Promise<string[]> {
  const res = (await db
    .collection('activitySignUps')
    .where({ activityId, status: 'waitlisted' })
    .orderBy('signedUpAt', 'asc')
    .orderBy('_id', 'asc')
    .limit(1000)
    .get()) as unknown as { data: Array<{ personId: string }> }
  return res.data.map((s) => s.personId)
}

export async function signUpsOf(db: Db, activityId: string, status: string): Promise<number> {
  return await countOf(db, 'activitySignUps', { activityId, status })
}
