import type { DevIdentity } from '../../core/contract/dev-auth'
import type { MeResponse } from '../../core/contract/members'
import type { Reply } from '../../core/envelope'
import { ROLE_LABELS } from '../../core/roles'
import { DEMO_IDENTITIES } from '../seed/community'
import { invokeFunction, type CloudFunctionMain } from './function-host'

/**
 * Local sign-in (local mode only; the weapp build never includes it): the demo people with their
 * roles, as `members.me` sees them, so the list always matches the database.
 */

export async function listDevIdentities(members: CloudFunctionMain): Promise<DevIdentity[]> {
  const identities = await Promise.all(
    DEMO_IDENTITIES.map(async ({ openid, note }): Promise<DevIdentity | null> => {
      const { reply } = await invokeFunction(members, { action: 'me', data: {} }, openid)
      if (!reply.ok) return null
      const me = (reply as Extract<Reply<MeResponse>, { ok: true }>).data
      return {
        openid,
        name: me.person?.name ?? '新访客',
        role: me.role,
        roleLabel: ROLE_LABELS[me.role],
        orgName: me.scope?.name ?? me.orgPath[me.orgPath.length - 1]?.name ?? null,
        elder: me.member?.elder ?? false,
        note,
      }
    }),
  )
  return identities.filter((identity): identity is DevIdentity => identity !== null)
}

/** An openid the local sign-in accepts: demo ids, roster ids, or a new visitor's made-up id. */
export function isAcceptableOpenid(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{3,64}$/.test(value)
}
