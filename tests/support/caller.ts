import { contract, FUNCTION_NAMES, type ActionName, type FunctionName, type RequestOf, type ResponseOf } from '../../core/contract'
import type { Reply } from './reply'

/**
 * One typed caller for every test: `callAs(P.resident).activities.signUp({ activityId })`. Function,
 * action and payload are typed from the action map, so a wrong action name or payload is a type
 * error, and the reply is typed by the action's response. Deliberately wrong payloads go through
 * `unchecked(...)`; `raw` sends names no contract has (to test the router itself).
 */
type Args<F extends FunctionName, A extends ActionName<F>> =
  Record<string, never> extends RequestOf<F, A> ? [data?: RequestOf<F, A>] : [data: RequestOf<F, A>]

export type FunctionApi<F extends FunctionName> = {
  [A in ActionName<F>]: (...args: Args<F, A>) => Promise<Reply<ResponseOf<F, A>>>
}

export type Api = { [F in FunctionName]: FunctionApi<F> }

/** How a call travels: in the test process (functions tests) or over the local cloud's HTTP API. */
export type Transport = (fn: string, action: string, data: unknown) => Promise<Reply<unknown>>

export type Caller = Api & {
  readonly openid: string | null
  /** Any function and action name, any payload, unchecked: for the router's own refusals and contract-wide tables. */
  raw(fn: string, action: string, data?: unknown): Promise<Reply<unknown>>
}

/** Someone to call as: a demo person, anything with an openid, an openid, or nobody (null). */
export type Who = { openid: string } | string | null

export function openidOf(who: Who): string | null {
  return who === null || typeof who === 'string' ? who : who.openid
}

export function callerOver(openid: string | null, send: Transport): Caller {
  const api = Object.fromEntries(
    FUNCTION_NAMES.map((fn) => [
      fn,
      Object.fromEntries(Object.keys(contract[fn]).map((action) => [action, (data: unknown = {}) => send(fn, action, data)])),
    ]),
  ) as unknown as Api
  return { ...api, openid, raw: (fn, action, data = {}) => send(fn, action, data) }
}

type Main = (event: unknown) => Promise<unknown>

/**
 * Calls the cloud functions in this test process, as `who`, the way the local host does (identity in
 * an AsyncLocalStorage scope). The function is loaded from its source the first time it is called.
 */
export function callAs(who: Who): Caller {
  const openid = openidOf(who)
  return callerOver(openid, async (fn, action, data) => {
    // Loaded lazily: the functions read the test's cloud env when they first initialise.
    const { runAs } = require('../../cloudfunctions/_core/local-context') as typeof import('../../cloudfunctions/_core/local-context')
    const main = (require(`../../cloudfunctions/${fn}`) as { main: Main }).main
    return (await runAs(openid, () => main({ action, data }))) as Reply<unknown>
  })
}
