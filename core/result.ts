import { appError, type AppError, type ErrorCode } from './errors'

/**
 * What a domain rule returns: a value or an expected failure, never a throw. Handlers return the
 * failure as is; the router turns it into the reply envelope.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const success = <T>(value: T): Result<T> => ({ ok: true, value })
export const failure = (code: ErrorCode, message?: string, field?: string): Result<never> => ({
  ok: false,
  error: appError(code, message, field),
})
