import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Identity in the local cloud. `cloud.getWXContext()` reads process-wide variables, which would mix up
 * callers under concurrency, so the local host runs each call inside an AsyncLocalStorage holding the
 * signed-in openid. Bundled functions each carry their own copy of this module, so the storage is
 * shared through a global symbol. In WeChat nothing installs it and identity comes from the platform.
 */
export interface LocalCallContext {
  openid: string | null
}

const KEY = Symbol.for('honglin.localCallContext')
type Holder = { [KEY]?: AsyncLocalStorage<LocalCallContext> }

export function installLocalCallContext(): AsyncLocalStorage<LocalCallContext> {
  const holder = globalThis as Holder
  holder[KEY] ??= new AsyncLocalStorage<LocalCallContext>()
  return holder[KEY]
}

export function localCallContext(): LocalCallContext | undefined {
  return (globalThis as Holder)[KEY]?.getStore()
}

/** Runs `fn` as the given WeChat user (local host and tests only). */
export function runAs<T>(openid: string | null, fn: () => Promise<T>): Promise<T> {
  return installLocalCallContext().run({ openid }, fn)
}
