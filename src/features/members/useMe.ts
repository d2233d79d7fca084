import { useEffect, useSyncExternalStore } from 'react'
import { getMeState, loadMe, subscribeMe, type MeState } from './meStore'

export interface UseMe extends MeState {
  /** Fetch again (retry button, pull-to-refresh); resolves when done, never rejects. */
  reload: () => Promise<void>
}

/** The signed-in person (members.me), loaded on first use. */
export function useMe(): UseMe {
  const state = useSyncExternalStore(subscribeMe, getMeState)
  useEffect(() => {
    const current = getMeState()
    if (!current.data && !current.loading && !current.error) void loadMe()
  }, [])
  return { ...state, reload: loadMe }
}
