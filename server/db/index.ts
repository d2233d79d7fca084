/**
 * The local cloud database: a wire-compatible stand-in for the WeChat cloud database API that the
 * real wx-server-sdk talks to when initialised with `serviceUrl` pointing here. See DESIGN.md.
 */
import http, { type IncomingMessage, type ServerResponse } from 'http'
import type { AddressInfo } from 'net'
import { createHandler, type SdkExtension } from './http'
import { openLocalBackend } from './backend'
import { prepareDataDir } from './data-dir'
import { openWorkerBackend } from './worker-backend'

export interface DatabaseService {
  /** Node http handler for the SDK endpoint; the host mounts it for requests under `/tcb`. */
  handle(req: IncomingMessage, res: ServerResponse): void
  /** Create every collection + index of the manifest in `env` (idempotent). */
  setupEnv(env: string): Promise<void>
  /** Drop and recreate `env` (used by `npm run seed -- --reset`). */
  resetEnv(env: string): Promise<void>
  /** Direct access for seeding/bench: insert many docs fast (values are plain JS, Dates allowed). */
  bulkInsert(env: string, collection: string, docs: Array<Record<string, unknown>>): Promise<void>
  /** Raw SQL under the lock, for tests and the benchmark (e.g. EXPLAIN). Not for application code. */
  sql<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
  close(): Promise<void>
}

export interface DatabaseServiceOptions {
  /** undefined → in-memory */
  dataDir?: string
  /** An SDK transaction not committed/aborted within this time is rolled back (default 10 s). */
  transactionTimeoutMs?: number
  /** The SDK's other services (openapi, storage), answered on the same endpoint. */
  extension?: SdkExtension
  /**
   * Run the database on a worker thread of its own (default; `HONGLIN_DB_WORKER=0` runs it on the
   * calling thread, as before: the benchmark compares both).
   */
  inWorker?: boolean
}

export async function createDatabaseService(opts: DatabaseServiceOptions): Promise<DatabaseService> {
  if (opts.dataDir) prepareDataDir(opts.dataDir)
  const backendOptions = { dataDir: opts.dataDir, transactionTimeoutMs: opts.transactionTimeoutMs }
  const backend =
    (opts.inWorker ?? process.env.HONGLIN_DB_WORKER !== '0')
      ? await openWorkerBackend(backendOptions)
      : await openLocalBackend(backendOptions)
  return {
    handle: createHandler(backend, opts.extension),
    setupEnv: (env) => backend.setupEnv(env),
    resetEnv: (env) => backend.resetEnv(env),
    bulkInsert: (env, collection, docs) => backend.bulkInsert(env, collection, docs),
    sql: (sql, params) => backend.sql(sql, params),
    close: () => backend.close(),
  }
}

export { schemaName } from './store'
export type { SdkExtension } from './http'

/** Starts a standalone http server serving only the DB endpoint (for jest globalSetup and the benchmark). */
export async function startDatabaseServer(
  opts: DatabaseServiceOptions & { port?: number; host?: string },
): Promise<{ url: string; service: DatabaseService; close(): Promise<void> }> {
  const service = await createDatabaseService(opts)
  const server = http.createServer((req, res) => {
    const path = req.url ?? ''
    if (path.startsWith('/tcb') || path.startsWith('/_storage/')) service.handle(req, res)
    else {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ code: 'NOT_FOUND', message: 'only /tcb is served here' }))
    }
  })
  // The SDK's keep-alive agent drops idle sockets after 4.8 s; the server must keep them longer, or
  // a request racing the server-side close fails with ECONNRESET (seen while the event loop is busy).
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  const host = opts.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}/tcb`,
    service,
    async close() {
      server.closeAllConnections?.()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await service.close()
    },
  }
}
