import { useEffect, useState } from 'react'
import type { AppError } from '@core/errors'
import { useLoad } from '../../../shared/useLoad'
import { checkIn, checkOut, confirmAttendance, fetchAttendance, recordMinutes } from '../../../services/activities'

type Outcome<T = null> = { ok: true; value: T } | { ok: false; error: AppError }

/**
 * 出勤名单 of one activity: who signed up and checked in, ticked as attended (before confirmation:
 * everyone checked in), manual check-in/out for someone without a phone, the confirmation that
 * credits points and minutes (once per person, however often it is pressed), and meeting minutes.
 */
export function useAttendance(activityId: string | null) {
  const loaded = useLoad(activityId, () => fetchAttendance(activityId ?? ''))
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set())
  const [busy, setBusy] = useState<string | null>(null)
  const data = loaded.data

  useEffect(() => {
    if (data) setTicked(new Set(data.rows.filter((row) => row.attended).map((row) => row.personId)))
  }, [data])

  const toggle = (personId: string) =>
    setTicked((current) => {
      const next = new Set(current)
      if (next.has(personId)) next.delete(personId)
      else next.add(personId)
      return next
    })

  const run = async <T>(key: string, send: () => Promise<Outcome<T>>): Promise<Outcome<T>> => {
    setBusy(key)
    const outcome = await send()
    setBusy(null)
    return outcome
  }

  const confirm = () =>
    run('confirm', async (): Promise<Outcome<number>> => {
      // In list order, whatever order the boxes were ticked in.
      const attendedIds = (data?.rows ?? []).filter((row) => ticked.has(row.personId)).map((row) => row.personId)
      const reply = await confirmAttendance(activityId ?? '', attendedIds)
      if (!reply.ok) return { ok: false, error: reply.error }
      loaded.setData(reply.data.attendance)
      return { ok: true, value: reply.data.credited }
    })

  /** The organiser checks someone in or out by hand (an elder without a phone). */
  const manual = (personId: string, mode: 'in' | 'out') =>
    run(`${mode}:${personId}`, async (): Promise<Outcome> => {
      const reply = await (mode === 'in' ? checkIn : checkOut)({ activityId: activityId ?? '', personId })
      if (!reply.ok) return { ok: false, error: reply.error }
      await loaded.reload()
      return { ok: true, value: null }
    })

  const saveMinutes = (text: string, photos: string[]) =>
    run('minutes', async (): Promise<Outcome> => {
      const reply = await recordMinutes({ activityId: activityId ?? '', text, photos })
      if (!reply.ok) return { ok: false, error: reply.error }
      await loaded.reload()
      return { ok: true, value: null }
    })

  return { data, error: loaded.error, reload: loaded.reload, ticked, toggle, busy, confirm, manual, saveMinutes }
}
