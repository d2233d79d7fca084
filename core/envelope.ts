import type { AppError } from './errors'

/** The reply of every cloud-function call, on every host. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: AppError }

export const ok = <T>(data: T): Reply<T> => ({ ok: true, data })
export const fail = (error: AppError): Reply<never> => ({ ok: false, error })
