import { buildDemoCommunity, type DemoCommunity } from '../../server/seed/community'
import { createTestEnv } from '../setup/cloud-env'

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
  for (const [name, docs] of batches) {
    for (let i = 0; i < docs.length; i += 100) {
      await db.collection(name).add({ data: docs.slice(i, i + 100) as unknown as object })
    }
  }
  return community
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
 * The test file's own clean database with the demo community, set up in beforeAll: the handle may be
 * used inside tests and hooks (not at load time, before beforeAll has run).
 */
export function useCommunityDb(prefix: string): Db {
  let ready: Db | undefined
  beforeAll(async () => {
    ;({ db: ready } = await useCommunityEnv(prefix))
  })
  return new Proxy({} as Db, {
    get(_, key) {
      if (!ready) throw new Error(`the ${prefix} database is used before beforeAll has made it`)
      const value = (ready as unknown as Record<PropertyKey, unknown>)[key]
      return typeof value === 'function' ? value.bind(ready) : value
    },
  })
}
