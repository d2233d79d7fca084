import { appError, httpStatusOf } from '../../core/errors'
import { fail, type Reply } from '../../core/envelope'
import { runAs } from '../../cloudfunctions/_core/local-context'

/** A cloud function's entry point, exactly as WeChat calls it. */
export type CloudFunctionMain = (event: unknown, context?: unknown) => Promise<unknown>

/**
 * Calls a function as WeChat would, with the caller's identity scoped to this one call, and maps
 * the reply to an HTTP status (200 for ok, 4xx for expected failures, 500 only for COMMON.INTERNAL).
 */
export async function invokeFunction(
  main: CloudFunctionMain,
  event: unknown,
  openid: string | null,
): Promise<{ status: number; reply: Reply<unknown> }> {
  const reply = (await runAs(openid, () => main(event))) as Reply<unknown>
  if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') {
    return { status: 500, reply: fail(appError('COMMON.INTERNAL')) }
  }
  return { status: reply.ok ? 200 : httpStatusOf(reply.error.code), reply }
}
