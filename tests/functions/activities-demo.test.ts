/** The demo activities, written with the demo bank into a local cloud env: seats consistent, credits reconciled. */
import { seedActivities } from '../../server/seed/activities'
import { buildDemoCommunity } from '../../server/seed/community'
import { seedPoints } from '../../server/seed/points'
import { callAs, codeOf, dataOf, P } from '../support'
import { countOf, useCommunityDb, seedsThroughSdk } from './helpers'
import { signUpsOf, stored } from './activities-fixtures'

jest.setTimeout(120_000)
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
