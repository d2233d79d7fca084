import type { OrgDoc } from '../../../core/model'
import type { NoticeDoc } from '../../../core/notices/model'
import type { Caller } from '../../_core/caller'
import { command, findMany } from '../../_core/db'

/**
 * Who counts for a notice's statistics, as filters: the roster members in its audience and the
 * registered residents in it (null: none), restricted for a secretary to their own subtree.
 * Null overall: the caller may not see this notice's statistics at all.
 */
export interface StatsScope {
  members: Record<string, unknown> | null
  residents: Record<string, unknown> | null
  /** The same restriction on read receipts. */
  memberReceipts: Record<string, unknown> | null
  residentReceipts: Record<string, unknown> | null
}

export async function statsScopeOf(caller: Caller, notice: NoticeDoc): Promise<StatsScope | null> {
  const _ = command()
  const admin = caller.role === 'admin'
  const scopeId = caller.scopeOrg!._id
  const { audience } = notice
  let memberOrg: string | null = null
  if (audience.kind === 'org') {
    if (admin || notice.scopePath.includes(scopeId)) memberOrg = audience.orgId
    else if ([...caller.scopeOrg!.path].includes(audience.orgId)) memberOrg = scopeId
    else return null
  } else if (!admin) {
    if (audience.kind === 'building' && !notice.scopePath.includes(scopeId)) return null
    memberOrg = scopeId
  }
  const members: Record<string, unknown> = { archived: false }
  if (memberOrg) members.orgPath = memberOrg
  if (audience.kind === 'building') members.building = audience.building

  let residents: Record<string, unknown> | null = null
  if (audience.kind === 'building') residents = { building: audience.building }
  else if (audience.kind === 'all') residents = admin ? {} : { building: _.in(await buildingsUnder(caller.scopeOrg!)) }

  const memberReceipts: Record<string, unknown> = { noticeId: notice._id, personKind: 'member' }
  if (memberOrg) memberReceipts.orgPath = memberOrg
  const residentReceipts = residents
    ? { noticeId: notice._id, personKind: 'resident', ...(residents.building ? { building: residents.building } : {}) }
    : null
  return { members, residents, memberReceipts, residentReceipts }
}

async function buildingsUnder(root: OrgDoc): Promise<string[]> {
  const descendants = await findMany<OrgDoc>('orgs', { path: root._id }, { limit: 1000, fields: { buildings: true } })
  return [...new Set([...(root.buildings ?? []), ...descendants.flatMap((org) => org.buildings ?? [])])]
}
