import type { Handler } from '../../_core/create-function'
import { countWhere } from '../../_core/db'
import { success } from '../../../core/result'

/** 首页 待办 for a manager: wishes waiting for review and tickets not yet accepted, in their subtree. */
export const counts: Handler<'community', 'counts'> = async ({ caller }) => {
  const scopeId = caller.scopeOrg?._id
  if (!scopeId) return success({ wishes: 0, tickets: 0 })
  const [wishes, tickets] = await Promise.all([
    countWhere('wishes', { status: 'pending', orgPath: scopeId }),
    countWhere('tickets', { status: 'reported', scopePath: scopeId }),
  ])
  return success({ wishes, tickets })
}
