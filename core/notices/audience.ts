/**
 * Who a notice is for. Each audience has one key stored on the notice (`audienceKey`); each reader
 * has the set of keys they belong to. A notice is for a reader exactly when its key is in their set,
 * so the server filters lists and counts with one indexed `audienceKey in [...]` condition.
 */
export const AUDIENCE_KINDS = ['all', 'members', 'org', 'building'] as const
export type AudienceKind = (typeof AUDIENCE_KINDS)[number]

export const AUDIENCE_KIND_LABELS: Record<AudienceKind, string> = {
  all: '全体居民',
  members: '全体党员',
  org: '指定支部',
  building: '指定楼栋',
}

export type Audience = { kind: 'all' } | { kind: 'members' } | { kind: 'org'; orgId: string } | { kind: 'building'; building: string }

export function audienceKeyOf(audience: Audience): string {
  switch (audience.kind) {
    case 'all':
    case 'members':
      return audience.kind
    case 'org':
      return `org:${audience.orgId}`
    case 'building':
      return `building:${audience.building}`
  }
}

/** What a reader is, as far as audiences go (from the roster or the resident registration). */
export interface Reader {
  /** A bound, active roster entry: its org path (every ancestor plus its own org). */
  memberOrgPath: readonly string[] | null
  building: string | null
}

/** Every audience key the reader belongs to. A visitor (no member, no building) gets only `all`. */
export function audienceKeysOf(reader: Reader): string[] {
  const keys = ['all']
  if (reader.memberOrgPath) {
    keys.push('members')
    for (const orgId of reader.memberOrgPath) keys.push(`org:${orgId}`)
  }
  if (reader.building) keys.push(`building:${reader.building}`)
  return keys
}

/** Far-future stand-in for "never expires", so visibility is one indexed range condition. */
export const NEVER_EXPIRES = new Date('9999-12-31T00:00:00.000Z')

/** Keyset order of notice lists: pinned first, then newest first (sorted descending). */
export function noticeSortKey(pinned: boolean, publishedAt: Date, id: string): string {
  return `${pinned ? 1 : 0}|${publishedAt.toISOString()}|${id}`
}

/** Read receipts: one per notice and person, so opening twice counts once. */
export function noticeReadId(noticeId: string, personId: string): string {
  return `${noticeId}:${personId}`
}
