import type { DatabaseService } from '../db'
import { seedActivities } from './activities'
import { seedCare } from './care'
import { buildDemoCommunity } from './community'
import { seedCommunityWork } from './community-work'
import { seedNotices } from './notices'
import { seedOrgLifeHistory } from './org-life-history'
import { seedPoints } from './points'
import { seedStudy } from './study'
import { seedStudyTime } from './study-time'

/** Writes the demo community into `env` (which must be empty: call resetEnv first to start over). */
export async function seedDemoCommunity(db: DatabaseService, env: string): Promise<{ members: number; residents: number }> {
  const community = buildDemoCommunity()
  await db.bulkInsert(env, 'orgs', community.orgs as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'buildings', community.buildings as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'members', community.members as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'residents', community.residents as unknown as Array<Record<string, unknown>>)
  await db.bulkInsert(env, 'users', community.users as unknown as Array<Record<string, unknown>>)
  const attendanceCredits = await seedActivities(db, env, community)
  await seedOrgLifeHistory(db, env, community)
  await seedPoints(db, env, community, attendanceCredits)
  await seedNotices(db, env, community)
  await seedStudy(db, env, community)
  await seedStudyTime(db, env, community)
  await seedCommunityWork(db, env, community)
  await seedCare(db, env, community)
  return { members: community.members.length, residents: community.residents.length }
}
