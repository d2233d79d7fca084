import { ACTIVITY_KINDS, MEETING_KINDS, type ActivityKind } from '@core/activities/constants'
import type { Role } from '@core/roles'
import { ACTIVITY_KIND_LABELS } from './labels'

export type KindChip = ActivityKind | 'all' | 'more'

/** What members look for most; the other kinds wait behind 更多类型 so the list starts above the fold. */
const MEMBER_FIRST: readonly ActivityKind[] = ['volunteer', 'themeDay', 'partyLesson', 'neighbourhood']

/**
 * The 活动类型 chips for a person. Residents and visitors never see 支委会, 党小组会 or the other Party
 * meetings (they cannot join them); members see the common kinds first and the rest after 更多类型.
 * A chosen kind always stays visible.
 */
export function kindChipsFor(
  role: Role | undefined,
  expanded: boolean,
  chosen: ActivityKind | null,
): Array<{ value: KindChip; label: string }> {
  const member = role === 'member' || role === 'secretary' || role === 'admin'
  const allowed = member ? ACTIVITY_KINDS : ACTIVITY_KINDS.filter((kind) => !MEETING_KINDS.includes(kind))
  const shown = member && !expanded ? allowed.filter((kind) => MEMBER_FIRST.includes(kind) || kind === chosen) : allowed
  return [
    { value: 'all', label: '全部' },
    ...shown.map((kind) => ({ value: kind, label: ACTIVITY_KIND_LABELS[kind] })),
    ...(shown.length < allowed.length ? [{ value: 'more' as const, label: '更多类型…' }] : []),
  ]
}
