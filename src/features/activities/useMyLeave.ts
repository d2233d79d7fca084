import { fetchMyLeave, requestLeave } from '../../services/activities'
import { afterOk } from '../../shared/outcome'
import { useLoad } from '../../shared/useLoad'
import { useWrite } from '../../shared/useWrite'

/** My place on a meeting's 应到 list and my leave request (`activityId` null: not a meeting, nothing to load). */
export function useMyLeave(activityId: string | null) {
  const loaded = useLoad(activityId, () => fetchMyLeave(activityId ?? ''))
  const write = useWrite()
  const ask = (reason: string) => write.run(async () => afterOk(await requestLeave(activityId ?? '', reason), loaded.setData), 'leave')
  return { ...loaded, busy: write.busy, ask }
}
