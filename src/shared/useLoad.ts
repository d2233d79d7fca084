import { useCallback, useEffect, useState } from 'react'
import type { Reply } from '@core/envelope'
import type { AppError } from '@core/errors'
import { useLatestReply } from './useLatestReply'

export interface LoadState<T> {
  data: T | null
  error: AppError | null
  loading: boolean
  /** Fetch again (重试, pull-to-refresh); keeps the last good data if it fails. Never rejects. */
  reload: () => Promise<void>
  /** Replace the data after a write answered with the new value. */
  setData: (data: T) => void
}

/** Loads one thing when `key` changes (null: nothing to load yet). Shown by `<Loaded state={…}>`. */
export function useLoad<T>(key: string | null, load: () => Promise<Reply<T>>): LoadState<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [loading, setLoading] = useState(key !== null)
  const latest = useLatestReply(load)

  const reload = useCallback(async () => {
    setLoading(true)
    setError(null)
    const reply = await latest.next()
    if (!reply) return
    if (reply.ok) setData(reply.data)
    else setError(reply.error)
    setLoading(false)
  }, [latest])

  useEffect(() => {
    if (key === null) return
    setData(null)
    void reload()
  }, [key, reload])

  return { data, error, loading, reload, setData }
}

type Shown<T> = Pick<LoadState<T>, 'data' | 'error' | 'loading' | 'reload'>
type LoadedData<S> = { [K in keyof S]: S[K] extends Shown<infer T> ? T : never }

/**
 * Several loads a screen shows together (a catalogue and my balance): the data once every one has
 * arrived, the first error, and a reload of all of them. For `<Loaded state={…}>`.
 */
export function allOf<S extends Record<string, Shown<unknown>>>(states: S): Shown<LoadedData<S>> {
  const list = Object.values(states)
  const ready = list.every((state) => state.data !== null)
  return {
    data: ready ? (Object.fromEntries(Object.entries(states).map(([key, state]) => [key, state.data])) as LoadedData<S>) : null,
    error: list.find((state) => state.error)?.error ?? null,
    loading: list.some((state) => state.loading),
    reload: async () => {
      await Promise.all(list.map((state) => state.reload()))
    },
  }
}
