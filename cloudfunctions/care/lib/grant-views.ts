import type { CareGrantView } from '../../../core/contract/care'
import type { CareGrantDoc } from '../../../core/care/model'
import type { OrgDoc } from '../../../core/model'
import { findByIds } from '../../_core/db'

/** Grants as shown: each org by name. */
export async function grantViews(grants: CareGrantDoc[]): Promise<CareGrantView[]> {
  const orgs = await findByIds<OrgDoc>(
    'orgs',
    grants.flatMap((grant) => grant.orgIds),
    { name: true },
  )
  return grants.map((grant) => ({
    id: grant._id,
    kind: grant.kind,
    memberId: grant.memberId,
    memberName: grant.memberName,
    orgIds: grant.orgIds,
    orgNames: grant.orgIds.map((orgId) => orgs.get(orgId)?.name ?? orgId),
    buildings: grant.buildings,
    active: grant.active,
  }))
}
