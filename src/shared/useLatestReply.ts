import { useMemo, useRef } from 'react'
import type { Reply } from '@core/envelope'
import { settle } from './outcome'

export interface LatestReply<A extends unknown[], T> {
  /** A fresh request: a reply to any earlier one still on its way is dropped. Null: a newer one started meanwhile. */
  next: (...args: A) => Promise<Reply<T> | null>
  /** A request within the current one (its next page): null if a fresh request started meanwhile. */
  within: (...args: A) => Promise<Reply<T> | null>
  /** Drop the reply of whatever request is on its way. */
  drop: () => void
}

/**
 * Requests of which only the newest counts (a reload while another is on its way, a key that changed):
 * each is settled (never rejects), calls the `send` of the latest render, and answers null instead of a
 * stale reply, so a slow old answer never overwrites a newer one. For `useLoad` and `usePagedList`.
 */
export function useLatestReply<A extends unknown[], T>(send: (...args: A) => Promise<Reply<T>>): LatestReply<A, T> {
  const sendRef = useRef(send)
  sendRef.current = send
  const latest = useRef(0)
  return useMemo(() => {
    const call = async (ticket: number, args: A) => {
      const reply = await settle(() => sendRef.current(...args))
      return ticket === latest.current ? reply : null
    }
    return {
      next: (...args) => call(++latest.current, args),
      within: (...args) => call(latest.current, args),
      drop: () => {
        latest.current++
      },
    }
  }, [])
}
