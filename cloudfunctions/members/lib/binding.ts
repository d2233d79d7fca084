import type { BindingRequestView, MyBindingRequest } from '../../../core/contract/members'
import { maskPhone } from '../../../core/mask'
import type { BindingRequestDoc, MemberDoc, OrgDoc } from '../../../core/model'
import { isoOf, isoOrNull } from '../../../core/time'
import { toOrgRef } from './views'

export function toMyBindingRequest(doc: BindingRequestDoc): MyBindingRequest {
  return {
    id: doc._id,
    status: doc.status,
    name: doc.name,
    phoneMasked: maskPhone(doc.phone) ?? '****',
    reason: doc.reason ?? null,
    requestedAt: isoOf(doc.requestedAt),
    reviewedAt: isoOrNull(doc.reviewedAt),
  }
}

export function toBindingRequestView(doc: BindingRequestDoc, member: MemberDoc | null, orgs: Map<string, OrgDoc>): BindingRequestView {
  const org = orgs.get(member?.orgId ?? doc.orgId)
  return {
    id: doc._id,
    status: doc.status,
    name: doc.name,
    phone: doc.phone,
    memberId: doc.memberId,
    memberName: member?.name ?? doc.name,
    org: org ? toOrgRef(org) : null,
    requestedAt: isoOf(doc.requestedAt),
    reviewedAt: isoOrNull(doc.reviewedAt),
    reason: doc.reason ?? null,
  }
}
