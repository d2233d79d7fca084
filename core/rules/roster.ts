import type { MemberDoc } from '../model'

/**
 * The roster's paging key: name order, made unique by the id, so a page boundary is a single string
 * and the next page is `sortKey > cursor` on an index — the same cost at page 1 and page 400.
 * '|' cannot occur in an id we generate and only breaks ties inside one name.
 */
export function memberSortKey(name: string, id: string): string {
  return `${name}|${id}`
}

/** The roster fields a manager edits (and the import writes); anything else is system-kept. */
export const EDITABLE_MEMBER_FIELDS = [
  'name',
  'gender',
  'birthYear',
  'phone',
  'category',
  'elder',
  'status',
  'orgId',
  'building',
  'unit',
  'joinedPartyYear',
] as const satisfies ReadonlyArray<keyof MemberDoc>

export type EditableMemberField = (typeof EDITABLE_MEMBER_FIELDS)[number]
export type EditableMember = Pick<MemberDoc, EditableMemberField>

/** Field names whose values differ between a stored member and incoming values. */
export function changedMemberFields(stored: EditableMember, incoming: EditableMember): EditableMemberField[] {
  return EDITABLE_MEMBER_FIELDS.filter((field) => stored[field] !== incoming[field])
}

/** 双报到 follows the category: an employed member reports both at work and at home. */
export function dualReportOf(category: MemberDoc['category']): boolean {
  return category === 'employed'
}

/** Deterministic id of a member created by upsert or import: a retry or re-import can never double it. */
export function newMemberId(phone: string): string {
  return `m-p${phone}`
}

export function bindingRequestId(openid: string): string {
  return `bind:${openid}`
}

export function residentIdOf(openid: string): string {
  return `res:${openid}`
}

export function relationConfirmationId(checkId: string, memberId: string): string {
  return `${checkId}:${memberId}`
}

/** The state every new roster entry starts in: unbound, on the roster, unpaired, never contacted. */
export const NEW_MEMBER_STATE = {
  openid: null,
  rankingOptOut: false,
  archived: false,
  version: 1,
  pairedElderIds: [] as string[],
  helperId: null,
  lastContactAt: null,
  lastConfirmedCheckId: null,
} as const
