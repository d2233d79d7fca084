import { useState } from 'react'
import type { ActivityListItem } from '@core/contract'
import { usePagedList } from '../../../shared/usePagedList'
import { fetchManagedActivities } from '../../../services/activities'

export type ManagedStatus = 'upcoming' | 'past' | 'cancelled'

/** 活动管理: the activities I manage, upcoming / past / cancelled, 20 a page. */
export function useManagedActivities() {
  const [status, setStatus] = useState<ManagedStatus>('upcoming')
  const list = usePagedList<ActivityListItem>(`managed-activities:${status}`, (cursor) => fetchManagedActivities(status, cursor))
  return { status, setStatus, list }
}
