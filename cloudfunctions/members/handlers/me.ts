import { success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { describeCaller } from '../lib/describe-caller'

export const me: Handler<'members', 'me'> = async ({ caller }) => {
  return success(await describeCaller(caller))
}
