import { useState } from 'react'
import type { MyActivityTab, MySignUpItem } from '@core/contract'
import { usePagedList } from '../../shared/usePagedList'
import { fetchMySignUps } from '../../services/activities'

export const MY_TAB_LABELS: Record<MyActivityTab, string> = {
  upcoming: '待参加',
  waitlisted: '候补',
  attended: '已参加',
  cancelled: '已取消',
}

/** 我的活动: one tab at a time, 20 a page. */
export function useMyActivities(initial: MyActivityTab = 'upcoming') {
  const [tab, setTab] = useState<MyActivityTab>(initial)
  const list = usePagedList<MySignUpItem>(`my-activities:${tab}`, (cursor) => fetchMySignUps(tab, cursor))
  return { tab, setTab, list }
}
