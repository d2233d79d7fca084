import { getCloud, isLocalCloud } from './cloud'
import { localCallContext } from './local-context'

/** The caller's OPENID, only ever from the platform (or the local host's per-request session). */
export function callerOpenid(): string | null {
  if (isLocalCloud()) return localCallContext()?.openid ?? null
  const openid = getCloud().getWXContext().OPENID
  return typeof openid === 'string' && openid ? openid : null
}
