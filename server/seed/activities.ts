import type { DatabaseService } from '../db'
import type { DemoCommunity } from './community'

/** Demo data of the `activities` area, written after the community (people and orgs) exists. */
export async function seedActivities(_db: DatabaseService, _env: string, _community: DemoCommunity): Promise<void> {}
