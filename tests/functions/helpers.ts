import { runAs } from '../../cloudfunctions/_core/local-context'
import { buildDemoCommunity, type DemoCommunity } from '../../server/seed/community'
import { createTestEnv } from '../setup/cloud-env'

type Db = Awaited<ReturnType<typeof createTestEnv>>['db']

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

type Main = (event: unknown) => Promise<unknown>

/** Calls a function as the given WeChat user, the way the local host does. */
export function callAs<T = unknown>(main: Main, openid: string | null, action: string, data: unknown = {}) {
  return runAs(openid, () => main({ action, data })) as Promise<T>
}
