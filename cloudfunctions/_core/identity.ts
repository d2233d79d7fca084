import { getCloud, isLocalCloud } from './cloud'
import { localCallContext } from './local-context'

/** The caller's OPENID, only ever from the platform (or the local host's per-request session). */
export function callerOpenid(): string | null {
  if (isLocalCloud()) return localCallContext()?.openid ?? null
  const openid = getCloud().getWXContext().OPENID
  return typeof openid === 'string' && openid ? openid : null
}

/**
 * True when WeChat itself calls (a 消息推送 event), not a mini-program client: locally no signed-in
 * caller; in WeChat the call's SOURCE is not a client's (`wx_client`, `wx_devtools`). Whether WeChat
 * also sets OPENID on pushes is not relied on. (Not exercised against WeChat here.)
 */
export function isPlatformPush(): boolean {
  if (isLocalCloud()) return !localCallContext()?.openid
  const source = String((getCloud().getWXContext() as { SOURCE?: unknown }).SOURCE ?? '')
  return !/wx_client|wx_devtools/.test(source)
}
