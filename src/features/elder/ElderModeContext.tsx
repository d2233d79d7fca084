import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { readElderPreference, saveElderPreference, type ElderPreference } from './elderPreference'
import { systemPrefersLargeText } from './systemFont'

export interface ElderMode {
  /** Large type and large tap targets, app-wide. */
  elder: boolean
  /** Why: the person's own switch, or WeChat's font setting. */
  source: 'manual' | 'system'
  setElder: (on: boolean) => void
  /** Forget the manual choice and follow WeChat's font setting again. */
  followSystem: () => void
}

const ElderModeContext = createContext<ElderMode | null>(null)

export function ElderModeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreference] = useState<ElderPreference>(readElderPreference)
  const [systemLarge] = useState(systemPrefersLargeText)

  const choose = useCallback((next: ElderPreference) => {
    saveElderPreference(next)
    setPreference(next)
  }, [])

  const value = useMemo<ElderMode>(
    () => ({
      elder: preference === null ? systemLarge : preference === 'on',
      source: preference === null ? 'system' : 'manual',
      setElder: (on) => choose(on ? 'on' : 'off'),
      followSystem: () => choose(null),
    }),
    [preference, systemLarge, choose],
  )

  return <ElderModeContext.Provider value={value}>{children}</ElderModeContext.Provider>
}

export function useElderMode(): ElderMode {
  const value = useContext(ElderModeContext)
  if (!value) throw new Error('useElderMode must be used inside <ElderModeProvider> (app.tsx)')
  return value
}
