import { useCallback, useEffect, useState } from 'react'
import type { CheckInCodeResponse } from '@core/contract'
import type { AppError } from '@core/errors'
import { fetchCheckInCode } from '../../../services/activities'
import { isRetryable } from '../../../shared/outcome'

/** Fetch the next code a little before this one expires (the previous code stays valid 30 s more). */
const EARLY_MS = 1500
const MIN_WAIT_MS = 1000
const RETRY_MS = 5000
/** Timers further ahead than a day are not worth keeping; 重新打开 this page then. */
const OPEN_WAIT_MAX_MS = 24 * 3600_000

/**
 * The current check-in (or check-out) code of an activity, fetched again before `expiresAt`, so
 * the screen always shows a code the server accepts. Stops when the page closes. Shaped like a load
 * (`data`, `error`, `loading`, `reload`), so `<Loaded>` shows it.
 */
export function useCheckInCode(activityId: string | null, mode: 'in' | 'out', opensAt: Date | null = null) {
  const [code, setCode] = useState<CheckInCodeResponse | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!activityId) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    setCode(null)
    const next = async () => {
      const reply = await fetchCheckInCode(activityId, mode)
      if (stopped) return
      if (reply.ok) {
        setCode(reply.data)
        setError(null)
        const wait = Date.parse(reply.data.expiresAt) - Date.now() - EARLY_MS
        timer = setTimeout(() => void next(), Math.max(MIN_WAIT_MS, Math.min(wait, 30_000)))
      } else {
        setError(reply.error)
        // A network blip or a busy moment: try again soon; outside the window, see below; any other
        // refusal (not yours, cancelled) waits for 重试.
        if (isRetryable(reply)) timer = setTimeout(() => void next(), RETRY_MS)
      }
    }
    void next()
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [activityId, mode, attempt])

  // Before the window: ask again when it opens (the page says when; the server's clock decides).
  const waitsForWindow = error?.code === 'ACTIVITY.OUTSIDE_CHECKIN_WINDOW'
  const opensAtMs = opensAt?.getTime() ?? null
  useEffect(() => {
    const untilOpen = waitsForWindow && opensAtMs !== null ? opensAtMs - Date.now() : -1
    if (untilOpen <= 0 || untilOpen > OPEN_WAIT_MAX_MS) return
    const timer = setTimeout(() => setAttempt((n) => n + 1), untilOpen + MIN_WAIT_MS)
    return () => clearTimeout(timer)
  }, [waitsForWindow, opensAtMs])

  const reload = useCallback(async () => setAttempt((n) => n + 1), [])
  return { data: code, error, loading: activityId !== null && !code && !error, reload }
}
