import { fail, type Reply } from '@core/envelope'
import { appError, isErrorCode } from '@core/errors'

/** What a person sees when the request never reached the server. */
export const NETWORK_FAILURE_MESSAGE = '网络连接失败，请检查网络后重试'

export function networkFailure(): Reply<never> {
  return fail(appError('COMMON.INTERNAL', NETWORK_FAILURE_MESSAGE))
}

/** Accepts only a well-formed envelope; anything else is an internal failure, never "success". */
export function toReply(raw: unknown): Reply<unknown> {
  if (raw && typeof raw === 'object' && 'ok' in raw) {
    const value = raw as { ok: unknown; data?: unknown; error?: { code?: unknown; message?: unknown; field?: unknown } }
    if (value.ok === true) return { ok: true, data: value.data }
    if (value.ok === false && value.error && isErrorCode(value.error.code)) {
      const message = typeof value.error.message === 'string' ? value.error.message : undefined
      const field = typeof value.error.field === 'string' ? value.error.field : undefined
      return fail(appError(value.error.code, message, field))
    }
  }
  return fail(appError('COMMON.INTERNAL'))
}
