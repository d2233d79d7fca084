import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react'
import { isProfileElder, subscribeProfileElder } from './profileElder'
import { readElderPreference, saveElderPreference, type ElderPreference } from './elderPreference'
import { systemPrefersLargeText } from './systemFont'
import { applyElderTabBar } from './tabBarSize'

export interface ElderMode {
  /** Large type and large tap targets, app-wide. */
  elder: boolean
  /**
   * Why: the person's own switch; WeChat's font setting; or, with neither, the roster's 长辈 flag
   * (an elder starts in elder mode and can still switch it off).
   */
  source: 'manual' | 'system' | 'profile'
  setElder: (on: boolean) => void
  /** Forget the manual choice and follow WeChat's font setting again. */
  followSystem: () => void
}

const ElderModeContext = createContext<ElderMode | null>(null)

export function ElderModeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreference] = useState<ElderPreference>(readElderPreference)
  const [systemLarge] = useState(systemPrefersLargeText)
  // The signed-in person as loaded by the pages (members.me); this provider loads nothing itself.
  const flaggedElder = useSyncExternalStore(subscribeProfileElder, isProfileElder)

  const choose = useCallback((next: ElderPreference) => {
    saveElderPreference(next)
    setPreference(next)
  }, [])

  const value = useMemo<ElderMode>(
    () => ({
      elder: preference === null ? systemLarge || flaggedElder : preference === 'on',
      source: preference !== null ? 'manual' : systemLarge || !flaggedElder ? 'system' : 'profile',
      setElder: (on) => choose(on ? 'on' : 'off'),
      followSystem: () => choose(null),
    }),
    [preference, systemLarge, flaggedElder, choose],
  )
  useEffect(() => applyElderTabBar(value.elder), [value.elder])

  return <ElderModeContext.Provider value={value}>{children}</ElderModeContext.Provider>
}

export function useElderMode(): ElderMode {
  const value = useContext(ElderModeContext)
  if (!value) throw new Error('useElderMode must be used inside <ElderModeProvider> (app.tsx)')
  return value
}
