import type { Reply } from '@core/envelope'
import type { DevIdentity, DevSession } from './devAuth'
import { saveDevToken } from './transport/devToken'
import { networkFailure, toReply } from './transport/reply'

const API_BASE = process.env.TARO_APP_API_BASE || ''

async function request<T>(path: string, init?: RequestInit): Promise<Reply<T>> {
  try {
    const response = await fetch(`${API_BASE}/api/dev/${path}`, init)
    return toReply(await response.json().catch(() => undefined)) as Reply<T>
  } catch {
    return networkFailure()
  }
}

export function fetchDevIdentities() {
  return request<{ identities: DevIdentity[] }>('identities')
}

/** Signs in as `openid` (an unknown one is a new visitor) and keeps the token for later calls. */
export async function devLogin(openid: string) {
  const reply = await request<DevSession>('login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
  })
  if (reply.ok) saveDevToken(reply.data.token)
  return reply
}
