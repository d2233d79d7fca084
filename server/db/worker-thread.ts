/**
 * The database on a worker thread of its own (started by worker-backend.ts): opens the Store and
 * answers the parent's calls `{ id, op, args }` with `{ id, value }` or `{ id, error }`.
 */
import { parentPort, workerData } from 'worker_threads'
import { openLocalBackend, type BackendOptions, type DbBackend } from './backend'

type Op = keyof DbBackend

async function main(): Promise<void> {
  const port = parentPort
  if (!port) throw new Error('worker-thread.ts runs only as a worker')
  let backend: DbBackend
  try {
    backend = await openLocalBackend(workerData as BackendOptions)
  } catch (e) {
    port.postMessage({ id: 0, error: e instanceof Error ? e.message : String(e) })
    return
  }
  port.postMessage({ id: 0, value: 'ready' })
  port.on('message', (msg: { id: number; op: Op; args: unknown[] }) => {
    const call = backend[msg.op] as (...args: unknown[]) => Promise<unknown>
    call(...msg.args).then(
      (value) => port.postMessage({ id: msg.id, value }),
      (e: unknown) => port.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) }),
    )
  })
}

void main()
