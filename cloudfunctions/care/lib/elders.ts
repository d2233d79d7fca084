import { scopeKeysOf } from '../../../core/care/scope'
import type { MemberDoc, ResidentDoc } from '../../../core/model'
import { audienceKeysOf } from '../../../core/notices/audience'
import type { Caller } from '../../_core/caller'
import { scopePathOfBuilding } from '../../_core/community-scope'
import { findById } from '../../_core/db'
import { mayActFor } from '../../_core/pairing'
import { memberAsPerson, type Person } from '../../_core/person'
import type { CareScope } from './scope'
import { sharesKey } from '../../../core/care/scope'

/**
 * Someone the care network looks after: a roster member or a registered resident, with where their
 * records belong (`orgPath`: a member's own; a resident's, their building's Party group) and the
 * person their notice receipts are written as.
 */
export interface CareElder {
  id: string
  kind: 'member' | 'resident'
  name: string
  building: string
  orgPath: string[]
  scopeKeys: string[]
  member: MemberDoc | null
  reader: Person
}

export async function loadElder(personId: string): Promise<CareElder | null> {
  const member = personId.startsWith('m-') ? await findById<MemberDoc>('members', personId) : null
  if (member && !member.archived) {
    return {
      id: member._id,
      kind: 'member',
      name: member.name,
      building: member.building,
      orgPath: member.orgPath,
      scopeKeys: scopeKeysOf(member.orgPath, member.building),
      member,
      reader: memberAsPerson(member),
    }
  }
  const resident = member ? null : await findById<ResidentDoc>('residents', personId)
  if (!resident) return null
  const orgPath = await scopePathOfBuilding(resident.building)
  return {
    id: resident._id,
    kind: 'resident',
    name: resident.name,
    building: resident.building,
    orgPath,
    scopeKeys: scopeKeysOf(orgPath, resident.building),
    member: null,
    reader: {
      id: resident._id,
      kind: 'resident',
      name: resident.name,
      orgPath: [],
      building: resident.building || '',
      keys: audienceKeysOf({ memberOrgPath: null, building: resident.building || null }),
      rankingOptOut: resident.rankingOptOut ?? false,
    },
  }
}

/** How the caller reaches the elder: as their 结对 helper, through their scope, or not at all. */
export function reachOf(caller: Caller, scope: CareScope, elder: CareElder): 'paired' | 'scope' | null {
  if (elder.member && mayActFor(caller.member, elder.member)) return 'paired'
  if (sharesKey(elder.scopeKeys, scope.write)) return 'scope'
  return null
}
