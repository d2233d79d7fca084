import type { CareProfileDoc } from '../../../core/care/model'
import type { TxWork } from '../../_core/transaction'
import type { CareElder } from './elders'

/** The fields of a new care profile: no flags, no birthday, never visited. */
export function newProfile(elder: Pick<CareElder, 'kind' | 'name' | 'building' | 'orgPath' | 'scopeKeys'>): Omit<CareProfileDoc, '_id'> {
  return {
    personKind: elder.kind,
    name: elder.name,
    building: elder.building,
    orgPath: elder.orgPath,
    scopeKeys: elder.scopeKeys,
    hardship: false,
    livesAlone: false,
    flagNote: null,
    birthday: null,
    birthMonth: null,
    lastVisitDate: null,
    updatedAt: new Date(),
  }
}

/** Changes the elder's profile in this unit of work, creating it first if they have none. */
export async function patchProfile(work: TxWork, elder: CareElder, patch: Partial<CareProfileDoc>): Promise<CareProfileDoc> {
  const existing = await work.get<CareProfileDoc>('careProfiles', elder.id)
  // Where the person lives and belongs is refreshed on every change (a move shows on the next visit).
  const place = { name: elder.name, building: elder.building, orgPath: elder.orgPath, scopeKeys: elder.scopeKeys, updatedAt: new Date() }
  if (!existing) return work.create<CareProfileDoc>('careProfiles', elder.id, { ...newProfile(elder), ...patch, ...place })
  work.patch('careProfiles', elder.id, { ...patch, ...place })
  return { ...existing, ...patch, ...place }
}
