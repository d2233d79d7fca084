import { useCallback, useEffect, useRef, useState } from 'react'
import type { Reply } from '@core/envelope'
import type { AppError } from '@core/errors'

export interface Loaded<T> {
  data: T | null
  error: AppError | null
  loading: boolean
  /** Fetch again (重试, pull-to-refresh); keeps the last good data if it fails. Never rejects. */
  reload: () => Promise<void>
  /** Replace the data after a write answered with the new value. */
  setData: (data: T) => void
}

/** Loads one thing when `key` changes (null: nothing to load yet). */
export function useLoad<T>(key: string | null, load: () => Promise<Reply<T>>): Loaded<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [loading, setLoading] = useState(key !== null)
  const loadRef = useRef(load)
  loadRef.current = load
  const latest = useRef(0)

  const reload = useCallback(async () => {
    const ticket = ++latest.current
    setLoading(true)
    setError(null)
    const reply = await loadRef.current()
    if (ticket !== latest.current) return
    if (reply.ok) setData(reply.data)
    else setError(reply.error)
    setLoading(false)
  }, [])

  useEffect(() => {
    if (key === null) return
    setData(null)
    void reload()
  }, [key, reload])

  return { data, error, loading, reload, setData }
}
