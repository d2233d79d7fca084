import { useCallback, useEffect, useState } from 'react'
import type { ElderContact } from '@core/contract'
import type { AppError } from '@core/errors'
import { fetchMyElders } from '../../services/members'

/** 我结对的长辈, loaded only for a helper (someone with paired elders). */
export function useMyElders(enabled: boolean) {
  const [elders, setElders] = useState<ElderContact[] | null>(null)
  const [error, setError] = useState<AppError | null>(null)

  const reload = useCallback(async () => {
    if (!enabled) return
    setError(null)
    const reply = await fetchMyElders()
    if (reply.ok) setElders(reply.data.elders)
    else setError(reply.error)
  }, [enabled])

  useEffect(() => {
    void reload()
  }, [reload])

  return { elders, error, reload }
}
