import { useCallback, useState } from 'react'

/** What a field needs for one member of a draft: its value and the change handler that merges it in. */
export interface Bound<V> {
  value: V
  onChange: (value: V) => void
}

/**
 * A form's draft held in one state: `change` merges some fields in, `bind(key)` is what a field needs
 * for one of them (`<FormField label="…" {...bind('title')} />`), `setDraft` replaces it (a reset after
 * a save).
 */
export function useDraft<D>(initial: D | (() => D)) {
  const [draft, setDraft] = useState<D>(initial)
  const change = useCallback((fields: Partial<D>) => setDraft((current) => ({ ...current, ...fields })), [])
  const bind = <K extends keyof D>(key: K): Bound<D[K]> => ({
    value: draft[key],
    onChange: (value) => change({ [key]: value } as unknown as Partial<D>),
  })
  return { draft, setDraft, change, bind }
}
