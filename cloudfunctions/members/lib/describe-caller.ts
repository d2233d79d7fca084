import type { MeResponse } from '../../../core/contract/members'
import { maskPhone } from '../../../core/mask'
import type { BindingRequestDoc, MemberDoc, OrgDoc, RelationCheckDoc } from '../../../core/model'
import { bindingRequestId, relationConfirmationId } from '../../../core/rules/roster'
import { isoOf } from '../../../core/time'
import type { Caller } from '../../_core/caller'
import { findById, findOne } from '../../_core/db'
import { helperOf } from '../../_core/pairing'
import { toMyBindingRequest } from './binding'
import { orgsById, toOrgRef } from './views'

/** What `me` answers; also the reply of the self-service actions (contact details, ranking opt-out). */
export async function describeCaller(caller: Caller): Promise<MeResponse> {
  const { member, resident, scopeOrg } = caller
  const ownOrgIds = member?.orgPath ?? []
  const [orgs, bindingRequest, pairing, pendingRelationCheck] = await Promise.all([
    orgsById([...ownOrgIds, ...(scopeOrg?.path ?? [])]),
    findById<BindingRequestDoc>('bindingRequests', bindingRequestId(caller.openid)),
    member ? pairingOf(member) : null,
    member ? pendingCheckOf(member) : null,
  ])
  const orgPath = (ownOrgIds.length ? ownOrgIds : scopeOrg ? [...scopeOrg.path, scopeOrg._id] : [])
    .map((id) => (id === scopeOrg?._id ? scopeOrg : orgs.get(id)))
    .filter((org): org is OrgDoc => Boolean(org))
    .map(toOrgRef)

  const person = member ?? resident
  return {
    openid: caller.openid,
    role: caller.role,
    person: person
      ? { name: person.name, phoneMasked: maskPhone(person.phone), building: person.building || null, unit: person.unit || null }
      : null,
    member: member ? { id: member._id, category: member.category, elder: member.elder, status: member.status } : null,
    orgPath,
    scope: scopeOrg ? toOrgRef(scopeOrg) : null,
    rankingOptOut: person?.rankingOptOut ?? false,
    bindingRequest: bindingRequest ? toMyBindingRequest(bindingRequest) : null,
    pairing,
    pendingRelationCheck,
  }
}

async function pairingOf(member: MemberDoc): Promise<MeResponse['pairing']> {
  const linkedHelper = await helperOf(member)
  const elderCount = (member.pairedElderIds ?? []).length
  if (!linkedHelper && elderCount === 0) return null
  return {
    helper: linkedHelper
      ? { name: linkedHelper.name, phoneMasked: maskPhone(linkedHelper.phone), phone: linkedHelper.phone || null }
      : null,
    elderCount,
  }
}

async function pendingCheckOf(member: MemberDoc): Promise<MeResponse['pendingRelationCheck']> {
  const check = await findOne<RelationCheckDoc>('relationChecks', { status: 'open' })
  if (!check || member.lastConfirmedCheckId === check._id) return null
  const confirmed = await findById('relationConfirmations', relationConfirmationId(check._id, member._id))
  if (confirmed) return null
  return { checkId: check._id, title: check.title, startedAt: isoOf(check.startedAt) }
}
