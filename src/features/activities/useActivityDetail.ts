import { fetchActivity } from '../../services/activities'
import { afterOk } from '../../shared/outcome'
import { useLoad } from '../../shared/useLoad'

/** One activity with my sign-up, my elders' and whether I manage it (`id` null: nothing yet). */
export function useActivityDetail(id: string | null) {
  const loaded = useLoad(id, async () => afterOk(await fetchActivity(id ?? ''), (data) => data.activity))
  return { ...loaded, activity: loaded.data }
}
