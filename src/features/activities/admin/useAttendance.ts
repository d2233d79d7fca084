import { useEffect, useState } from 'react'
import { checkIn, checkOut, confirmAttendance, fetchAttendance } from '../../../services/activities'
import { afterOk } from '../../../shared/outcome'
import { useLoad } from '../../../shared/useLoad'
import { useWrite } from '../../../shared/useWrite'

/**
 * 出勤名单 of one activity: who signed up and checked in, ticked as attended (before confirmation:
 * everyone checked in), manual check-in/out for someone without a phone, the confirmation that
 * credits points and minutes (once per person, however often it is pressed). Meeting minutes: useRegister.
 */
export function useAttendance(activityId: string | null) {
  const loaded = useLoad(activityId, () => fetchAttendance(activityId ?? ''))
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set())
  const write = useWrite()
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

  /** Answers how many people were credited now (0 when all had been already). */
  const confirm = () =>
    write.run(async () => {
      // In list order, whatever order the boxes were ticked in.
      const attendedIds = (data?.rows ?? []).filter((row) => ticked.has(row.personId)).map((row) => row.personId)
      return afterOk(await confirmAttendance(activityId ?? '', attendedIds), (answer) => {
        loaded.setData(answer.attendance)
        return answer.credited
      })
    }, 'confirm')

  /** The organiser checks someone in or out by hand (an elder without a phone). */
  const manual = (personId: string, mode: 'in' | 'out') =>
    write.run(
      async () => afterOk(await (mode === 'in' ? checkIn : checkOut)({ activityId: activityId ?? '', personId }), loaded.reload),
      `${mode}:${personId}`,
    )

  return { ...loaded, ticked, toggle, busy: write.busyWith, confirm, manual }
}
