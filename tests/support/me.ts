import type { MeResponse } from '../../core/contract'

/** What members.me answers a WeChat user the roster does not know (a visitor): nothing but the openid. */
export function meOfVisitor(openid: string): MeResponse {
  return {
    openid,
    role: 'visitor',
    person: null,
    member: null,
    orgPath: [],
    scope: null,
    rankingOptOut: false,
    bindingRequest: null,
    pairing: null,
    pendingRelationCheck: null,
  }
}
