import { startDatabaseServer } from '../../../server/db/index'

type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } }
type Main = (event: unknown) => Promise<unknown>

/**
 * A database stand-in with one cloud env, the cloud functions pointed at it (through the real SDK), a
 * bulk loader and typed callers: what the function benchmarks share. Functions are imported only
 * after the variables are set, because their getCloud() reads them on first use.
 */
export async function startFunctionBench(env: string) {
  const server = await startDatabaseServer({})
  await server.service.setupEnv(env)
  process.env.HONGLIN_CLOUD_URL = server.url
  process.env.HONGLIN_CLOUD_ENV = env
  process.env.TENCENTCLOUD = 'true'
  process.env.SILENCE = 'true'
  const { runAs } = await import('../../../cloudfunctions/_core/local-context')
  return {
    server,
    insert: (name: string, docs: object[]) => server.service.bulkInsert(env, name, docs as unknown as Array<Record<string, unknown>>),
    /** Calls `fn` as `openid`; throws on an error reply, naming the action. */
    async caller(fn: string) {
      const { main } = (await import(`../../../cloudfunctions/${fn}`)) as { main: Main }
      return async <T>(openid: string, action: string, data: unknown): Promise<T> => {
        const reply = (await runAs(openid, () => main({ action, data }))) as Reply<T>
        if (!reply.ok) throw new Error(`${fn}.${action}: ${reply.error.code} ${reply.error.message}`)
        return reply.data
      }
    },
  }
}
