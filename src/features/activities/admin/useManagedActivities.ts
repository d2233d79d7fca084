import { useState } from 'react'
import type { ActivityListItem } from '@core/contract'
import { usePagedList } from '../../../shared/usePagedList'
import { fetchManagedActivities, fetchTeamActivities } from '../../../services/activities'

export type ManagedStatus = 'upcoming' | 'past' | 'cancelled'

/** 活动管理: the activities I manage, upcoming / past / cancelled, 20 a page. */
export function useManagedActivities() {
  const [status, setStatus] = useState<ManagedStatus>('upcoming')
  const list = usePagedList<ActivityListItem>(`managed-activities:${status}`, (cursor) => fetchManagedActivities(status, cursor))
  return { status, setStatus, list }
}

/** 本队活动: one volunteer team's activities, for its leader — not ended yet, or ended (确认出勤). */
export function useTeamActivities(teamId: string | null) {
  const [status, setStatus] = useState<'upcoming' | 'past'>('upcoming')
  const list = usePagedList<ActivityListItem>(teamId ? `team-activities:${teamId}:${status}` : null, (cursor) =>
    fetchTeamActivities(teamId ?? '', status, cursor),
  )
  return { status, setStatus, list }
}
