/** The demo activities, written with the demo bank into a local cloud env: seats consistent, credits reconciled. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_CO_ORGANIZER, DEMO_TEAM, seedActivities } from '../../server/seed/activities'
import { seedCare } from '../../server/seed/care'
import { buildDemoCommunity } from '../../server/seed/community'
import { seedPoints } from '../../server/seed/points'
import { callAs, codeOf, dataOf, P } from '../support'
import { countOf, useCommunityDb, seedsThroughSdk } from './helpers'
import { signUpsOf, stored } from './activities-fixtures'

jest.setTimeout(120_000)
const GOVERN_SOURCE = readFileSync(join(__dirname, '..', '..', 'server', 'seed', 'govern.ts'), 'utf8')
const db = useCommunityDb('activities-demo')
let ids: string[]

beforeAll(async () => {
  const viaSdk = seedsThroughSdk(db)
  const community = buildDemoCommunity()
  const credits = await seedActivities(viaSdk, '', community)
  expect(credits.length).toBeGreaterThan(10)
  await seedPoints(viaSdk, '', community, credits)
  ids = ((await db.collection('activities').get()) as unknown as { data: Array<{ _id: string }> }).data.map((a) => a._id)
})

test('every seeded activity keeps its counter equal to its confirmed sign-ups; the bank reconciles with the credits', async () => {
  expect(ids.length).toBe(5)
  for (const id of ids) {
    const doc = await stored(db, id)
    expect(doc.confirmedCount).toBe(await signUpsOf(db, id, 'confirmed'))
    // Seeded waitlists are waitlisted sign-ups, on full activities only.
    if (await signUpsOf(db, id, 'waitlisted')) expect(doc.confirmedCount).toBe(doc.capacity)
  }
  const report = dataOf(await callAs(P.admin).points.reconcile())
  expect(report).toMatchObject({ ok: true, totalBalance: 0 })
  expect(await countOf(db, 'pointEntries', { _id: `attendance:act-seed-past-cleanup:${P.resident.id}` })).toBe(1)
})

test('the demo resident attended the past clean-up and can join the upcoming one; the full one offers the waitlist', async () => {
  const attended = dataOf(await callAs(P.resident).activities.mySignUps({ tab: 'attended' })).items
  expect(attended.map((i) => i.activity.id)).toContain('act-seed-past-cleanup')
  const cleanup = dataOf(await callAs(P.resident).activities.get({ activityId: 'act-seed-cleanup' })).activity
  expect(cleanup).toMatchObject({ canSignUp: true, mySignUp: null })
  const full = dataOf(await callAs(P.resident).activities.get({ activityId: 'act-seed-dumplings' })).activity
  expect(full).toMatchObject({ seatsLeft: 0, waitlistCount: 3, signUpBlockedBy: 'ACTIVITY.FULL' })
  expect(codeOf(await callAs(P.resident).activities.signUp({ activityId: 'act-seed-dumplings' }))).toBe('ACTIVITY.FULL')
  expect(dataOf(await callAs(P.resident).activities.signUp({ activityId: 'act-seed-dumplings', waitlist: true })).signUp).toMatchObject({
    status: 'waitlisted',
    waitlistPosition: 4,
  })
  const room = dataOf(await callAs(P.member).activities.get({ activityId: 'act-seed-theme-day' })).activity
  expect(room).toMatchObject({ capacity: 20, canSignUp: true })
})

test('the demo team runs a past and an upcoming activity, its leader sees the hours; 解放军理工大学 co-organises one', async () => {
  await seedCare(seedsThroughSdk(db), '', buildDemoCommunity())
  const upcoming = dataOf(await callAs(P.member).activities.manageList({ teamId: DEMO_TEAM.id })).items
  const past = dataOf(await callAs(P.member).activities.manageList({ teamId: DEMO_TEAM.id, status: 'past' })).items
  expect(upcoming.map((a) => a.id)).toEqual(['act-seed-cleanup'])
  expect(past.map((a) => a.id)).toEqual(['act-seed-past-cleanup'])
  expect(past[0].team).toEqual({ id: DEMO_TEAM.id, name: '琼林苑志愿服务队' })
  const stats = dataOf(await callAs(P.member).care.teamStats({ teamId: DEMO_TEAM.id }))
  expect(stats.activities).toBe(1)
  expect(stats.attendances).toBe(await countOf(db, 'activitySignUps', { activityId: 'act-seed-past-cleanup', credited: true }))
  expect(stats.minutes).toBeGreaterThan(0)
  const dumplings = dataOf(await callAs(P.resident).activities.get({ activityId: 'act-seed-dumplings' })).activity
  expect(dumplings.coOrganizers).toEqual([DEMO_CO_ORGANIZER])
  // The same id and name as the unit the govern seed registers.
  expect(GOVERN_SOURCE).toContain(`'${DEMO_CO_ORGANIZER.id}'`)
  expect(GOVERN_SOURCE).toContain(`name: '${DEMO_CO_ORGANIZER.name}'`)
})
