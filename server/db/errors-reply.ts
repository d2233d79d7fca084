import { EjsonError } from './ejson'
import { DbError } from './errors'

/** The `{ code, message }` the SDK gets for a failed request (an unexpected error is logged, SYS_ERR). */
export function errorReply(e: unknown): { code: string; message: string } {
  if (e instanceof DbError) return { code: e.code, message: e.message }
  if (e instanceof EjsonError) return { code: 'INVALID_PARAM', message: e.message }
  console.error('[local-cloud db] internal error', e)
  return { code: 'SYS_ERR', message: `local cloud database error: ${e instanceof Error ? e.message : String(e)}` }
}
