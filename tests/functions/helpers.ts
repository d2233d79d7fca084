import type { DatabaseService } from '../../server/db'
import { buildDemoCommunity, type DemoCommunity } from '../../server/seed/community'
import { createTestEnv } from '../setup/cloud-env'
import { storeFile, testJpeg } from '../support/cloud-services'

export type Db = Awaited<ReturnType<typeof createTestEnv>>['db']

/**
 * A clean database of this test file's own, and the cloud functions pointed at it (the functions'
 * getCloud() reads these variables on first use, exactly as in the local host).
 */
export async function useFunctionEnv(prefix: string): Promise<{ env: string; db: Db }> {
  const { env, db } = await createTestEnv(prefix)
  process.env.HONGLIN_CLOUD_ENV = env
  return { env, db }
}

/** Writes the demo community through the SDK. */
export async function seedCommunity(db: Db): Promise<DemoCommunity> {
  const community = buildDemoCommunity()
  const batches: Array<[string, Array<{ _id: string }>]> = [
    ['orgs', community.orgs],
    ['buildings', community.buildings],
    ['members', community.members],
    ['residents', community.residents],
    ['users', community.users],
  ]
  for (const [name, docs] of batches) await addInBatches(db, name, docs)
  return community
}

/** Adds documents through the SDK in batches of 100 (one `add` of an array is a batch insert). */
async function addInBatches(db: Db, name: string, docs: ReadonlyArray<object>): Promise<void> {
  for (let i = 0; i < docs.length; i += 100) await db.collection(name).add({ data: docs.slice(i, i + 100) as unknown as object })
}

/** The seed modules' database as far as they use it (`bulkInsert`), writing through the SDK into `db`. */
export function seedsThroughSdk(db: Db): DatabaseService {
  const bulkInsert = (_env: string, name: string, docs: Array<Record<string, unknown>>) => addInBatches(db, name, docs)
  return { bulkInsert } as unknown as DatabaseService
}

/** A server/seed module: writes its part of the demo into an env of the seed modules' database. */
type DemoSeed = (db: DatabaseService, env: string, community: DemoCommunity) => Promise<unknown>

/** The parts of one demo community that `seeds` write, written in order through the SDK into `db`. */
async function seedDemoParts(db: Db, ...seeds: DemoSeed[]): Promise<void> {
  const viaSdk = seedsThroughSdk(db)
  const community = buildDemoCommunity()
  for (const seed of seeds) await seed(viaSdk, '', community)
}

/** A clean env with the demo community (people and orgs) and nothing else. */
export async function useCommunityEnv(prefix: string): Promise<{ db: Db }> {
  const { db } = await useFunctionEnv(prefix)
  await seedCommunity(db)
  return { db }
}

export const countOf = async (db: Db, collection: string, where: object = {}) =>
  ((await db.collection(collection).where(where).count()) as unknown as { total: number }).total

export async function docOf<T>(db: Db, collection: string, id: string): Promise<T | null> {
  const res = (await db.collection(collection).where({ _id: id }).get()) as unknown as { data: T[] }
  return res.data[0] ?? null
}

/**
 * The test file's own clean database with the demo community, and the parts of the demo that `seeds`
 * write (server/seed modules, in order), set up in beforeAll: the handle may be used inside tests and
 * hooks (not at load time, before beforeAll has run).
 */
export function useCommunityDb(prefix: string, ...seeds: DemoSeed[]): Db {
  let ready: Db | undefined
  beforeAll(async () => {
    const { db } = await useCommunityEnv(prefix)
    await seedDemoParts(db, ...seeds)
    ready = db
  })
  return new Proxy({} as Db, {
    get(_, key) {
      if (!ready) throw new Error(`the ${prefix} database is used before beforeAll has made it`)
      const value = (ready as unknown as Record<PropertyKey, unknown>)[key]
      return typeof value === 'function' ? value.bind(ready) : value
    },
  })
}

/**
 * Photos a, b, c and d stored in the local cloud's file store in beforeAll (the media check reads
 * them); the returned function gives a photo's file id inside tests.
 */
export function useStoredPhotos(prefix: string): (c: string) => string {
  const photos = new Map<string, string>()
  beforeAll(async () => {
    for (const c of ['a', 'b', 'c', 'd']) photos.set(c, await storeFile(`tests/${prefix}-${c}.jpg`, testJpeg(`photo ${c}`)))
  })
  return (c: string) => photos.get(c) ?? ''
}
