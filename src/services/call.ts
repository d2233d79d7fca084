import type { Reply } from '@core/envelope'
import type { ActionName, FunctionName, RequestOf, ResponseOf } from '@core/contract'
import { callFunction } from './transport'
import { readDevToken } from './transport/devToken'

export { networkFailure } from './transport/reply'

/**
 * The typed door to every cloud function: the contract in core/ decides what `data` must be and what
 * comes back. Only type imports here; the mini-program takes values (limits, kinds, labels) from the
 * contract's zod-free modules (core/activities/constants, core/points/constants, core/files) and never
 * imports a module that builds a schema, which the front-end lint block below keeps true.
 */
export function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  data: RequestOf<F, A>,
): Promise<Reply<ResponseOf<F, A>>> {
  return callFunction(fn, action, data) as Promise<Reply<ResponseOf<F, A>>>
}

/**
 * Whose data this is on a shared H5 browser, where the local sign-in can switch identity: the session
 * token (null in WeChat, which keeps each user's storage apart by itself).
 */
export function sessionToken(): string | null {
  return readDevToken()
}
