import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { ROLE_LABELS, type Role } from '@core/roles'
import { devLogin, fetchDevIdentities, type DevIdentity } from '../../services/devAuth'
import { afterOk } from '../../shared/outcome'
import { useLoad } from '../../shared/useLoad'
import { resetMe } from '../members/meStore'

export interface IdentityGroup {
  role: Role
  label: string
  identities: DevIdentity[]
}

/** Most powerful first: the people a tester reaches for most. */
const GROUP_ORDER: Role[] = ['admin', 'secretary', 'member', 'resident', 'visitor']

export function groupByRole(identities: DevIdentity[]): IdentityGroup[] {
  return GROUP_ORDER.map((role) => {
    const members = identities.filter((identity) => identity.role === role)
    return { role, label: ROLE_LABELS[role], identities: members }
  }).filter((group) => group.identities.length > 0)
}

function newVisitorOpenid() {
  return `visitor-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}

/** The local sign-in screen's data and actions (H5 only). */
export function useDevSignIn() {
  /** The demo people, by role. */
  const groups = useLoad('dev-identities', async () => afterOk(await fetchDevIdentities(), (data) => groupByRole(data.identities)))
  const [signingIn, setSigningIn] = useState<string | null>(null)

  const signInAs = useCallback(async (openid: string) => {
    setSigningIn(openid)
    const reply = await devLogin(openid)
    setSigningIn(null)
    if (!reply.ok) {
      void Taro.showToast({ title: reply.error.message, icon: 'none' })
      return
    }
    resetMe()
    await Taro.reLaunch({ url: '/pages/home/index' })
  }, [])

  return {
    groups,
    signingIn,
    signInAs,
    signInAsNewVisitor: () => signInAs(newVisitorOpenid()),
  }
}
