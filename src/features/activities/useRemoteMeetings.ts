import { attendRemote, fetchRemoteMeetings } from '../../services/activities'
import { afterOk } from '../../shared/outcome'
import { useLoad } from '../../shared/useLoad'
import { useWrite } from '../../shared/useWrite'

/**
 * 远程在线党员学习会 for me, or (forPersonId) for my paired elder: the meetings I can join remotely,
 * and recording that I (they) took part — once; the answer replaces the list's entry.
 */
export function useRemoteMeetings(query: { forPersonId?: string; activityId?: string }, enabled = true) {
  const key = enabled ? `${query.forPersonId ?? 'me'}:${query.activityId ?? 'all'}` : null
  const loaded = useLoad(key, () => fetchRemoteMeetings(query))
  const write = useWrite()
  const attend = (activityId: string) =>
    write.run(
      async () =>
        afterOk(await attendRemote({ activityId, ...(query.forPersonId ? { forPersonId: query.forPersonId } : {}) }), async (data) => {
          await loaded.reload()
          return data
        }),
      activityId,
    )
  return { ...loaded, busyWith: write.busyWith, attend }
}
