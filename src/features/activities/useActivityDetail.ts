import { useLoad } from '../../shared/useLoad'
import { fetchActivity } from '../../services/activities'

/** One activity with my sign-up, my elders' and whether I manage it (`id` null: nothing yet). */
export function useActivityDetail(id: string | null) {
  const loaded = useLoad(id, () => fetchActivity(id ?? ''))
  return { activity: loaded.data?.activity ?? null, error: loaded.error, loading: loaded.loading, reload: loaded.reload }
}
