import { seedActivities } from '../../server/seed/activities'
import { buildDemoCommunity } from '../../server/seed/community'
import { seedNotices } from '../../server/seed/notices'
import { seedPoints } from '../../server/seed/points'
import { seedStudy } from '../../server/seed/study'
import { seedStudyTime } from '../../server/seed/study-time'
import { seedsThroughSdk, type Db } from './helpers'

/** The rest of the demo (activities, bank, notices, study and its time) written through the SDK into a community env. */
export async function seedDemoAreas(db: Db): Promise<void> {
  const viaSdk = seedsThroughSdk(db)
  const community = buildDemoCommunity()
  const credits = await seedActivities(viaSdk, '', community)
  await seedPoints(viaSdk, '', community, credits)
  await seedNotices(viaSdk, '', community)
  await seedStudy(viaSdk, '', community)
  await seedStudyTime(viaSdk, '', community)
}
