import { scopeKeysOf } from '../../../core/care/scope'
import type { CareResidentPairDoc, ElderRecordFields } from '../../../core/care/model'
import type { MemberDoc, ResidentDoc } from '../../../core/model'
import type { Caller } from '../../_core/caller'
import { scopePathOfBuilding } from '../../_core/community-scope'
import { findById } from '../../_core/db'
import { mayActFor } from '../../_core/pairing'
import { memberAsPerson, residentAsPerson, type Person } from '../../_core/person'
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
  /** A resident's 一对一帮扶 helper (an active careResidentPairs entry). */
  residentHelperId: string | null
  reader: Person
}

export async function loadElder(personId: string): Promise<CareElder | null> {
  const member = await findById<MemberDoc>('members', personId)
  if (member && !member.archived) {
    return {
      id: member._id,
      kind: 'member',
      name: member.name,
      building: member.building,
      orgPath: member.orgPath,
      scopeKeys: scopeKeysOf(member.orgPath, member.building),
      member,
      residentHelperId: null,
      reader: memberAsPerson(member),
    }
  }
  const resident = member ? null : await findById<ResidentDoc>('residents', personId)
  if (!resident) return null
  const [orgPath, pair] = await Promise.all([
    scopePathOfBuilding(resident.building),
    findById<CareResidentPairDoc>('careResidentPairs', resident._id),
  ])
  return {
    id: resident._id,
    kind: 'resident',
    name: resident.name,
    building: resident.building,
    orgPath,
    scopeKeys: scopeKeysOf(orgPath, resident.building),
    member: null,
    residentHelperId: pair?.active ? pair.helperId : null,
    reader: residentAsPerson(resident),
  }
}

/** How the caller reaches the elder: as their 结对 helper, through their scope, or not at all. */
export function reachOf(caller: Caller, scope: CareScope, elder: CareElder): 'paired' | 'scope' | null {
  if (elder.member && mayActFor(caller.member, elder.member)) return 'paired'
  if (caller.member && elder.residentHelperId === caller.member._id) return 'paired'
  if (sharesKey(elder.scopeKeys, scope.write)) return 'scope'
  return null
}

/** Where a record about an elder belongs: copied onto each visit and need, so lists filter without a join. */
export function elderFieldsOf(elder: CareElder): ElderRecordFields {
  return {
    elderId: elder.id,
    elderKind: elder.kind,
    elderName: elder.name,
    building: elder.building,
    orgPath: elder.orgPath,
    scopeKeys: elder.scopeKeys,
  }
}
