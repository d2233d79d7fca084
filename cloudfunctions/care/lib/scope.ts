import { buildingScopeKey } from '../../../core/care/scope'
import type { CareGrantDoc } from '../../../core/care/model'
import type { Caller } from '../../_core/caller'
import { command, findMany } from '../../_core/db'

/**
 * What the caller's part of the care network is, as scope keys (core/care/scope): a secretary's or
 * the committee's org, a 党小组长's group, a 楼栋长's or 网格员's buildings (`b:<building>`), all read
 * and written; a 党建联络员's branches, read only. A grant counts only while its member is the caller's
 * bound roster entry (a re-bound account does not inherit it).
 */
export interface CareScope {
  read: string[]
  write: string[]
  buildings: string[]
  grants: CareGrantDoc[]
  manages: boolean
}

export async function careScopeOf(caller: Caller): Promise<CareScope> {
  const manages = (caller.role === 'secretary' || caller.role === 'admin') && !!caller.scopeOrg
  const grants = caller.member
    ? (await findMany<CareGrantDoc>('careGrants', { openid: caller.openid, active: true }, { limit: 10 })).filter(
        (grant) => grant.memberId === caller.member?._id,
      )
    : []
  const write = manages ? [caller.scopeOrg!._id] : []
  const read = [...write]
  const buildings: string[] = []
  for (const grant of grants) {
    if (grant.kind === 'groupLeader') write.push(...grant.orgIds)
    if (grant.kind === 'buildingHead' || grant.kind === 'gridWorker') {
      buildings.push(...grant.buildings)
      write.push(...grant.buildings.map(buildingScopeKey))
    }
    if (grant.kind === 'liaison') read.push(...grant.orgIds)
  }
  for (const key of write) if (!read.includes(key)) read.push(key)
  return { read: [...new Set(read)], write: [...new Set(write)], buildings: [...new Set(buildings)], grants, manages }
}

/** Records with any of `keys` among their `scopeKeys` (an array field: `in` matches any element). */
export function inScope(keys: readonly string[]): Record<string, unknown> {
  return { scopeKeys: command().in([...keys]) }
}
