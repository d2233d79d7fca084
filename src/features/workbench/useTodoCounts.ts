import { useCallback, useEffect, useState } from 'react'
import type { ActivitiesCounts, CommunityCounts, PointsCounts } from '@core/contract'
import type { Reply } from '@core/envelope'
import { fetchActivitiesCounts } from '../../services/activities'
import { fetchCommunityCounts } from '../../services/community'
import { fetchPointsCounts } from '../../services/points'
import { settle } from '../../shared/outcome'

/** One line of 首页 待办: what waits, how many, where it is handled. */
export interface TodoLine {
  key: string
  label: string
  count: number
  url: string
}

export interface TodoCounts {
  /** Lines with something waiting, in the order a manager handles them. */
  lines: TodoLine[]
  /** Nothing answered yet. */
  loading: boolean
  /** Some area did not answer (its lines are missing, the others are shown). */
  failed: boolean
  reload: () => Promise<void>
}

function linesOf(points: PointsCounts | null, community: CommunityCounts | null, activities: ActivitiesCounts | null): TodoLine[] {
  const all: Array<TodoLine | null> = [
    points && { key: 'deeds', label: '待审核的日行一善', count: points.deeds, url: '/admin/points-deeds/index' },
    points && { key: 'adjustments', label: '待批准的积分调整', count: points.adjustments, url: '/admin/points-adjust/index' },
    points && { key: 'orders', label: '待核销的兑换', count: points.orders, url: '/admin/points-fulfil/index' },
    community && { key: 'wishes', label: '待审核的微心愿', count: community.wishes, url: '/admin/community-wishes/index' },
    community && { key: 'tickets', label: '待受理的诉求', count: community.tickets, url: '/admin/community-tickets/index' },
    activities && { key: 'leaves', label: '待批的会议请假', count: activities.leaves, url: '/admin/activities-manage/index' },
  ]
  return all.filter((line): line is TodoLine => line !== null && line.count > 0)
}

const dataOf = <T>(reply: Reply<T>): T | null => (reply.ok ? reply.data : null)

/**
 * 首页 待办 for secretaries and admins: each area's `counts` (scoped on the server), read together;
 * nothing is read for anyone else.
 */
export function useTodoCounts(enabled: boolean): TodoCounts {
  const [lines, setLines] = useState<TodoLine[]>([])
  const [loading, setLoading] = useState(enabled)
  const [failed, setFailed] = useState(false)

  const reload = useCallback(async () => {
    if (!enabled) return
    setLoading(true)
    const [points, community, activities] = await Promise.all([
      settle(fetchPointsCounts),
      settle(fetchCommunityCounts),
      settle(fetchActivitiesCounts),
    ])
    setLines(linesOf(dataOf(points), dataOf(community), dataOf(activities)))
    setFailed(!points.ok || !community.ok || !activities.ok)
    setLoading(false)
  }, [enabled])

  useEffect(() => {
    void reload()
  }, [reload])

  return { lines, loading, failed, reload }
}
