/**
 * The database backend on a worker thread (see backend.ts for why). Each call is a message; replies
 * come back by id. PGlite, the lock, the open transactions and their snapshots all live in the
 * worker, so nothing about the concurrency model changes: only which thread does the work.
 */
import { join } from 'path'
import { Worker } from 'worker_threads'
import type { BackendOptions, DbBackend } from './backend'

type Pending = { resolve(value: unknown): void; reject(error: Error): void }

export async function openWorkerBackend(opts: BackendOptions): Promise<DbBackend> {
  // The worker loads TypeScript itself (worker-entry.cjs); of the host's flags only profiling passes on.
  const execArgv = process.execArgv.filter((flag) => flag.startsWith('--cpu-prof'))
  const worker = new Worker(join(__dirname, 'worker-entry.cjs'), { workerData: opts, execArgv })
  const pending = new Map<number, Pending>()
  let next = 1
  let closed = false
  const ready = new Promise<void>((resolve, reject) => {
    pending.set(0, { resolve: () => resolve(), reject })
  })
  worker.on('message', (msg: { id: number; value?: unknown; error?: string }) => {
    const p = pending.get(msg.id)
    if (!p) return
    pending.delete(msg.id)
    if (msg.error !== undefined) p.reject(new Error(msg.error))
    else p.resolve(msg.value)
  })
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error)
    pending.clear()
  }
  worker.on('error', (e) => failAll(e))
  worker.on('exit', (code) => {
    if (!closed) console.error(`[local-cloud db] database worker exited (${code})`)
    failAll(new Error(`database worker exited (${code})`))
  })
  await ready

  const call = <T>(op: keyof DbBackend, ...args: unknown[]): Promise<T> => {
    if (closed) return Promise.reject(new Error('database closed'))
    const id = next++
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      worker.postMessage({ id, op, args })
    })
  }
  return {
    dispatch: (env, params) => call('dispatch', env, params),
    explain: (env, params) => call('explain', env, params),
    setupEnv: (env) => call('setupEnv', env),
    resetEnv: (env) => call('resetEnv', env),
    bulkInsert: (env, collection, docs) => call('bulkInsert', env, collection, docs),
    sql: (sql, params) => call('sql', sql, params),
    stats: () => call('stats'),
    async close() {
      await call('close')
      closed = true
      await worker.terminate()
    },
  }
}
