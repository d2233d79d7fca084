/**
 * What the HTTP face asks of the database: a backend that owns the Store. `localBackend` runs it on
 * the calling thread; `workerBackend` (worker-backend.ts) on a worker thread of its own, so that
 * Postgres (wasm), the SQL and the document work run beside the host's functions and the SDK instead
 * of taking turns with them on one event loop. Replies cross as JSON text (the worker serialises them).
 */
import { errorReply } from './errors-reply'
import { dispatch, explainGet, type Params } from './protocol'
import { Store } from './store'

export interface BackendOptions {
  /** undefined → in-memory */
  dataDir?: string
  /** An SDK transaction not committed/aborted within this time is rolled back (default 10 s). */
  transactionTimeoutMs?: number
}

export interface DbStats {
  conflicts: number
  openTransactions: number
}

export interface DbBackend {
  /** One SDK database request; the reply (data or `{ code, message }`) as JSON text. */
  dispatch(env: string, params: Params): Promise<string>
  /** The query plan of a getDocument body (local diagnostics), as JSON text. */
  explain(env: string, params: Params): Promise<string>
  setupEnv(env: string): Promise<void>
  resetEnv(env: string): Promise<void>
  bulkInsert(env: string, collection: string, docs: Array<Record<string, unknown>>): Promise<void>
  sql<T>(sql: string, params?: unknown[]): Promise<T[]>
  stats(): Promise<DbStats>
  close(): Promise<void>
}

async function replyText(work: () => Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await work())
  } catch (e) {
    return JSON.stringify(errorReply(e))
  }
}

export function localBackend(store: Store): DbBackend {
  return {
    dispatch: (env, params) => replyText(() => dispatch(store, env, params)),
    explain: (env, params) => replyText(() => explainGet(store, env, params)),
    setupEnv: (env) => store.setupEnv(env),
    resetEnv: (env) => store.resetEnv(env),
    bulkInsert: (env, collection, docs) => store.bulkInsert(env, collection, docs),
    sql: (sql, params) => store.sql(sql, params),
    stats: async () => ({ conflicts: store.transactions.conflicts, openTransactions: store.transactions.openCount }),
    close: () => store.close(),
  }
}

export async function openLocalBackend(opts: BackendOptions): Promise<DbBackend> {
  return localBackend(await Store.open(opts))
}
