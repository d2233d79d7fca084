import type { RequestOf } from '../../core/contract'
import { beijingDay } from '../../core/time'
import { CARE_DEMO_GRANTS } from '../../server/seed/care'
import { callAs, dataOf, P, seededMember } from '../support'
import { rid } from './points-fixtures'

/**
 * The small scopes of the demo community (server/seed/care.ts grants them too): a 网格员 of 琼林苑1–2栋,
 * the 党小组长 of 琼林苑3-4栋党小组 (the demo elder's group), a 党建联络员 of 第一党支部. Each is a
 * bound member without any other role.
 */
const person = (memberId: string) => {
  const member = seededMember(memberId)
  return { openid: member.openid!, id: member._id, name: member.name }
}

export const GRID = person(CARE_DEMO_GRANTS.gridWorker.memberId)
export const LEADER = person(CARE_DEMO_GRANTS.groupLeader.memberId)
export const LIAISON = person(CARE_DEMO_GRANTS.liaison.memberId)

/** The committee grants the three demo scopes (as the seed does). */
export async function grantDemoScopes(): Promise<void> {
  for (const grant of Object.values(CARE_DEMO_GRANTS)) dataOf(await callAs(P.admin).care.setGrant({ ...grant, active: true }))
}

type VisitInput = RequestOf<'care', 'recordVisit'>

export const today = () => beijingDay(new Date())

export function visitAs(who: { openid: string }, overrides: Partial<VisitInput> = {}) {
  return callAs(who).care.recordVisit({
    requestId: rid('visit'),
    elderId: P.elder.id,
    kind: 'home',
    date: today(),
    text: '老人身体还好，希望多组织学习',
    ...overrides,
  })
}
