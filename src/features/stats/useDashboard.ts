import { fetchDashboard, refreshStats } from '../../services/stats'
import { useLoad } from '../../shared/useLoad'
import { useWrite } from '../../shared/useWrite'

/** 数据看板 of an org (null: the caller's own) over the last `months` months; the committee can recompute this month and the last. */
export function useDashboard(orgId: string | null, months: number) {
  const loaded = useLoad(`dashboard:${orgId ?? ''}:${months}`, () => fetchDashboard({ months, ...(orgId ? { orgId } : {}) }))
  const write = useWrite()
  const refresh = () =>
    write.run(async () => {
      const reply = await refreshStats()
      if (reply.ok) await loaded.reload()
      return reply
    })
  return { ...loaded, refreshing: write.busy, refresh }
}
