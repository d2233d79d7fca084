import type { Role } from '../roles'

/**
 * The local sign-in endpoints of the local cloud (never in a WeChat build):
 *   GET  /api/dev/identities → { identities: DevIdentity[] }
 *   POST /api/dev/login { openid } → DevSession (an unknown openid is a new WeChat visitor)
 */
export interface DevIdentity {
  openid: string
  name: string
  role: Role
  roleLabel: string
  orgName: string | null
  elder: boolean
  note: string
}

export interface DevSession {
  token: string
  openid: string
}
