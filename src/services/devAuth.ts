import type { Reply } from '@core/envelope'
import type { DevIdentity, DevSession } from '@core/contract/dev-auth'

/**
 * Local sign-in against the local host (H5 only; never in a WeChat build). The real client is
 * `devAuth.h5.ts`; this default file is what every other platform resolves to, and it refuses.
 */
export type { DevIdentity, DevSession }

const unavailable = (): never => {
  throw new Error('本地登录只在 H5 调试版本中可用')
}

export function fetchDevIdentities(): Promise<Reply<{ identities: DevIdentity[] }>> {
  return unavailable()
}

export function devLogin(_openid: string): Promise<Reply<DevSession>> {
  return unavailable()
}
