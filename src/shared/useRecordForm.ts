import { useCallback, useState } from 'react'
import { useDraft } from './useDraft'

export interface RecordForm<F> {
  form: F
  /** Change some fields (what the person typed). */
  set: (patch: Partial<F>) => void
  /** Start over from the empty form (after a save that clears it). */
  reset: () => void
  /** What an input needs for one field of the form: `<FormField {...field('title')} />`. */
  field: <K extends keyof F>(name: K) => { value: F[K]; onChange: (value: F[K]) => void }
}

/**
 * The form of an editor. It starts empty (a new record) or from the record, and is filled again from
 * the record whenever another version of it arrives (another record, the answer to a save, a reload
 * that found someone else's edit), never on a re-render or a reload that brought the same version:
 * what the person is typing stays. `versionOf` names a version (`id@version`, a `recordedAt`…).
 */
export function useRecordForm<R, F>(
  record: R | null,
  options: { versionOf: (record: R) => string; formOf: (record: R) => F; empty: () => F },
): RecordForm<F> {
  const {
    draft: form,
    setDraft: setForm,
    change: set,
    bind: field,
  } = useDraft<F>(() => (record ? options.formOf(record) : options.empty()))
  const [shown, setShown] = useState<string | null>(record ? options.versionOf(record) : null)
  const version = record ? options.versionOf(record) : null
  // Adjusting state while rendering (not in an effect): the new form shows in the same paint.
  if (record && version !== shown) {
    setShown(version)
    setForm(options.formOf(record))
  }
  const { empty } = options
  const reset = useCallback(() => {
    setShown(null)
    setForm(empty())
  }, [empty, setForm])
  return { form, set, reset, field }
}

/** The version of a record that carries one (`id` + the `version` the server bumps on every write). */
export const idAndVersion = (record: { id: string; version: number }) => `${record.id}@${record.version}`
