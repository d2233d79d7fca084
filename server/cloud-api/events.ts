/**
 * Events WeChat pushes to a cloud function (消息推送), such as a `wxa_media_check` verdict. The local
 * host listens and calls the receiving function at once; without a listener (the test database
 * server) events wait until a test drains them (POST /tcb/_local/events?env=…) and delivers them.
 */
export type CloudEvent = Record<string, unknown>
export type CloudEventListener = (env: string, event: CloudEvent) => void

export interface CloudEvents {
  push(env: string, event: CloudEvent): void
  /** An event on its way (a check still running): drain waits for it. */
  expect(env: string, coming: Promise<void>): void
  /** The queued events, once those on their way have arrived. */
  drain(env: string): Promise<CloudEvent[]>
  listen(listener: CloudEventListener): void
}

export function createCloudEvents(): CloudEvents {
  const queued = new Map<string, CloudEvent[]>()
  const coming = new Map<string, Set<Promise<void>>>()
  let listener: CloudEventListener | null = null
  return {
    push(env, event) {
      if (listener) {
        const deliver = listener
        setTimeout(() => deliver(env, event), 0)
        return
      }
      queued.set(env, [...(queued.get(env) ?? []), event])
    },
    expect(env, next) {
      const set = coming.get(env) ?? new Set<Promise<void>>()
      coming.set(env, set)
      const tracked = next.finally(() => set.delete(tracked))
      set.add(tracked)
    },
    async drain(env) {
      await Promise.all([...(coming.get(env) ?? [])])
      const events = queued.get(env) ?? []
      queued.delete(env)
      return events
    },
    listen(next) {
      listener = next
    },
  }
}
