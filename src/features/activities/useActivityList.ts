import { useState } from 'react'
import type { ActivityKind, ActivityListItem } from '@core/contract'
import { usePagedList } from '../../shared/usePagedList'
import { fetchActivities } from '../../services/activities'

/** The 活动 tab: upcoming activities I may join, 20 a page, optionally of one kind. */
export function useActivityList() {
  const [kind, setKind] = useState<ActivityKind | null>(null)
  const list = usePagedList<ActivityListItem>(`activities:${kind ?? 'all'}`, (cursor) => fetchActivities(kind, cursor))
  return { kind, setKind, list }
}
