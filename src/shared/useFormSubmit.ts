import { useCallback, useRef, useState } from 'react'
import type { Reply } from '@core/envelope'
import { NO_ERRORS, toFormErrors, type FormErrors } from './formErrors'

export type FormValues<F extends string> = Record<F, string>

export interface FormOptions<F extends string, T> {
  initial: FormValues<F>
  /** Fields that must not be empty, with what to say when they are (checked before sending). */
  required: Partial<Record<F, string>>
  send: (values: FormValues<F>) => Promise<Reply<T>>
  onSuccess: (data: T) => void | Promise<void>
}

export interface FormController<F extends string> {
  values: FormValues<F>
  errors: FormErrors<F>
  busy: boolean
  setField: (field: F, value: string) => void
  submit: () => Promise<void>
  /** What a FormField needs for `field`: its value, its error, and a change handler (`<FormField {...form.field('phone')} />`). */
  field: (field: F) => { value: string; error: string | undefined; onChange: (value: string) => void }
  /** Start over from these values (opening an editor again). */
  reset: (values: FormValues<F>) => void
}

/**
 * A small form: values, field-level errors from the server (COMMON.VALIDATION names the field),
 * a busy flag that ignores a second tap, and trimmed values on submit.
 */
export function useFormSubmit<F extends string, T>(options: FormOptions<F, T>): FormController<F> {
  const [values, setValues] = useState<FormValues<F>>(options.initial)
  const [errors, setErrors] = useState<FormErrors<F>>(NO_ERRORS)
  const [busy, setBusy] = useState(false)
  const busyRef = useRef(false)
  const optionsRef = useRef(options)
  optionsRef.current = options

  const setField = useCallback((field: F, value: string) => {
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => {
      if (!current.fields[field] && !current.general) return current
      const fields = { ...current.fields }
      delete fields[field]
      return { fields, general: null }
    })
  }, [])

  const submit = useCallback(async () => {
    if (busyRef.current) return
    const { required, send, onSuccess } = optionsRef.current
    const trimmed = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value).trim()])) as FormValues<F>
    const missing = (Object.keys(required) as F[]).filter((field) => !trimmed[field])
    if (missing.length) {
      setErrors({
        fields: Object.fromEntries(missing.map((field) => [field, required[field]])) as Partial<Record<F, string>>,
        general: null,
      })
      return
    }
    busyRef.current = true
    setBusy(true)
    setErrors(NO_ERRORS)
    try {
      const reply = await send(trimmed)
      if (reply.ok) await onSuccess(reply.data)
      else setErrors(toFormErrors(reply.error, Object.keys(trimmed) as F[]))
    } finally {
      busyRef.current = false
      setBusy(false)
    }
  }, [values])

  const reset = useCallback((next: FormValues<F>) => {
    setValues(next)
    setErrors(NO_ERRORS)
  }, [])

  const field = (name: F) => ({ value: values[name], error: errors.fields[name], onChange: (value: string) => setField(name, value) })

  return { values, errors, busy, setField, submit, reset, field }
}
