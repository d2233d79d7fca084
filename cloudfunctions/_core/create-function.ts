import type { z } from 'zod'
import type { ActionName, Contract, FunctionName, ResponseOf } from '../../core/contract'
import type { ActionMap, ActionSpec } from '../../core/contract/define'
import { fail, ok, type Reply } from '../../core/envelope'
import { appError } from '../../core/errors'
import type { Result } from '../../core/result'
import { validationError } from '../../core/validation'
import { resolveCaller, type Caller } from './caller'
import { isMediaCheckEvent, onMediaCheckEvent } from './content-security'
import { callerOpenid, isPlatformPush } from './identity'
import { logError, newRequestId } from './logger'
import { BusyError } from './transaction'

interface Context<Data> {
  data: Data
  caller: Caller
  requestId: string
}

type ResponseOfSpec<S> = S extends ActionSpec<z.ZodTypeAny, infer Res> ? Res : never
type DataOfSpec<S> = S extends ActionSpec<infer Req, unknown> ? z.output<Req> : never

/** The request of `F.A` as its handler receives it: the schema's output (validated, defaults applied). */
export type DataOf<F extends FunctionName, A extends ActionName<F>> = DataOfSpec<Contract[F][A]>

/**
 * What the handler of `F.A` is called with, typed from the action map: handlers never restate a
 * request's shape: `export const get: Handler<'activities', 'get'> = async ({ data, caller }) => …`
 * (or `HandlerContext<F, A>` / `HandlerResult<F, A>` for a function declaration).
 */
export type HandlerContext<F extends FunctionName, A extends ActionName<F>> = Context<DataOf<F, A>>
export type HandlerResult<F extends FunctionName, A extends ActionName<F>> = Promise<Result<ResponseOf<F, A>>>
export type Handler<F extends FunctionName, A extends ActionName<F>> = (ctx: HandlerContext<F, A>) => HandlerResult<F, A>

export type Handlers<M extends ActionMap> = {
  [A in keyof M]: (ctx: Context<DataOfSpec<M[A]>>) => Promise<Result<ResponseOfSpec<M[A]>>>
}

/** Keys the platform itself adds to a cloud-function event (WeChat puts the caller's appId/openId here). */
const PLATFORM_KEYS = new Set(['userInfo'])

export interface FunctionOptions {
  /**
   * What a timer trigger (the function's deploy.ts `timers`) runs: WeChat calls the function with
   * `{ Type: 'Timer', TriggerName, … }` and no caller; it gets the trigger's name (a function with
   * several timers tells them apart by it). Its value is the reply's data.
   */
  onTimer?: (triggerName: string) => Promise<unknown>
}

/**
 * The whole request pipeline of one cloud function: shape → action → caller → role → schema → handler.
 * Every failure is an envelope with a code; anything unexpected becomes COMMON.INTERNAL with a request
 * id that is logged, and no stack or database detail leaves the function.
 */
export function createFunction<M extends ActionMap>(actions: M, handlers: Handlers<M>, options: FunctionOptions = {}) {
  return async function main(event: unknown): Promise<Reply<unknown>> {
    const requestId = newRequestId()
    try {
      if (options.onTimer && isPlainObject(event) && event.Type === 'Timer' && !callerOpenid())
        return ok(await options.onTimer(String(event.TriggerName ?? '')))
      // WeChat's media-check verdict (消息推送), which any function accepts; README names the receiver.
      if (isMediaCheckEvent(event) && isPlatformPush()) return ok(await onMediaCheckEvent(event))
      if (!isPlainObject(event) || typeof event.action !== 'string') {
        return fail(appError('COMMON.VALIDATION', '缺少 action', 'action'))
      }
      const extra = Object.keys(event).find((key) => key !== 'action' && key !== 'data' && !PLATFORM_KEYS.has(key))
      if (extra) return fail(appError('COMMON.VALIDATION', `不允许的字段：${extra}`, extra))

      const name = event.action
      if (!Object.prototype.hasOwnProperty.call(actions, name)) return fail(appError('COMMON.UNKNOWN_ACTION'))
      const spec = actions[name]

      // Who may call comes before what they sent: a caller without the role learns nothing about the
      // action's schema, and every action answers every role the same way whatever the payload.
      const openid = callerOpenid()
      if (!openid) return fail(appError('COMMON.UNAUTHENTICATED'))
      const caller = await resolveCaller(openid)
      if (!spec.roles.includes(caller.role)) return fail(appError('COMMON.FORBIDDEN'))

      const parsed = spec.request.safeParse(event.data ?? {})
      if (!parsed.success) return fail(validationError(parsed.error))

      const result = await handlers[name]({ data: parsed.data, caller, requestId })
      return result.ok ? ok(result.value) : fail(result.error)
    } catch (error) {
      if (error instanceof BusyError) return fail({ ...appError('COMMON.BUSY'), requestId })
      logError(requestId, `action ${String((event as { action?: unknown })?.action)}`, error)
      return fail({ ...appError('COMMON.INTERNAL'), requestId })
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
