import { GRANT_COVERS } from '../../../core/care/constants'
import type { CareGrantDoc } from '../../../core/care/model'
import type { BuildingDoc, MemberDoc, OrgDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { findAll, findById, findByIds } from '../../_core/db'
import { inTransaction } from '../../_core/transaction'
import { grantViews } from '../lib/grant-views'

/** Every grant, active ones first (a community has a few dozen at most). */
export const grants: Handler<'care', 'grants'> = async () => {
  const all = await findAll<CareGrantDoc>('careGrants', {})
  all.sort((a, b) => Number(b.active) - Number(a.active) || a.memberName.localeCompare(b.memberName, 'zh') || a._id.localeCompare(b._id))
  return success({ items: await grantViews(all) })
}

/**
 * The committee grants (or takes back) a small scope: a 党小组长 one Party group, a 楼栋长 or 网格员
 * buildings from the community's list, a 党建联络员 branches. The member must be bound (the grant follows
 * their WeChat account). One grant per member and kind (`<kind>:<memberId>`): granting again replaces
 * its scope. Audited.
 */
export const setGrant: Handler<'care', 'setGrant'> = async ({ data, caller }) => {
  const member = await findById<MemberDoc>('members', data.memberId)
  if (!member || member.archived) return failure('COMMON.NOT_FOUND')
  if (!member.openid) return failure('CARE.NOT_BOUND')
  const covers = GRANT_COVERS[data.kind]
  const orgIds = [...new Set(data.orgIds)]
  const buildings = [...new Set(data.buildings)]
  if (data.active) {
    const orgs = await findByIds<OrgDoc>('orgs', orgIds, { level: true })
    const levelOk = (level: string) => (covers === 'group' ? level === 'group' : level === 'branch' || level === 'generalBranch')
    const orgsOk = covers === 'buildings' ? !orgIds.length : orgIds.length > 0 && orgIds.every((id) => levelOk(orgs.get(id)?.level ?? ''))
    const groupOk = covers !== 'group' || orgIds.length === 1
    const known = await findByIds<BuildingDoc>('buildings', buildings, { sort: true })
    const buildingsOk = covers === 'buildings' ? buildings.length > 0 && buildings.every((b) => known.has(b)) : !buildings.length
    if (!orgsOk || !groupOk || !buildingsOk) return failure('CARE.GRANT_SCOPE')
  }
  const grantId = `${data.kind}:${member._id}`
  const grant = await inTransaction(async (work) => {
    const existing = await work.get<CareGrantDoc>('careGrants', grantId)
    const fields = {
      kind: data.kind,
      memberId: member._id,
      memberName: member.name,
      openid: member.openid!,
      orgIds: data.active ? orgIds : (existing?.orgIds ?? []),
      buildings: data.active ? buildings : (existing?.buildings ?? []),
      active: data.active,
      grantedByOpenid: caller.openid,
      updatedAt: new Date(),
    }
    const saved = await work.put<CareGrantDoc>('careGrants', grantId, fields)
    work.audit(caller, data.active ? 'care.grant' : 'care.revokeGrant', grantId, { kind: data.kind, orgIds, buildings })
    return saved
  })
  const [view] = await grantViews([grant])
  return success({ grant: view })
}
