import { success } from '../../../core/result'
import type { HandlerContext, HandlerResult } from '../../_core/create-function'
import { describeCaller } from '../lib/describe-caller'

export async function me({ caller }: HandlerContext<'members', 'me'>): HandlerResult<'members', 'me'> {
  return success(await describeCaller(caller))
}
