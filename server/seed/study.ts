import type { DatabaseService } from '../db'
import type { DemoCommunity } from './community'

/** Demo data of the `study` area, written after the community (people and orgs) exists. */
export async function seedStudy(_db: DatabaseService, _env: string, _community: DemoCommunity): Promise<void> {}
