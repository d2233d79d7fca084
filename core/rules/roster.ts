import type { MemberDoc } from '../model'

/**
 * The roster's paging key: name order, made unique by the id, so a page boundary is a single string
 * and the next page is `sortKey > cursor` on an index — the same cost at page 1 and page 400.
 * '|' cannot occur in an id we generate and only breaks ties inside one name.
 */
export function memberSortKey(name: string, id: string): string {
  return `${name}|${id}`
}

/** Cursors are opaque to the client: base64url of the last sort key (or any other keyset value). */
export function encodeCursor(key: string): string {
  return toBase64Url(key)
}

export function decodeCursor(cursor: string): string | null {
  try {
    const key = fromBase64Url(cursor)
    return key.length > 0 ? key : null
  } catch {
    return null
  }
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

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(cursor: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url')
  const base64 = cursor.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0))
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
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
