import { useEffect, useSyncExternalStore } from 'react'
import type { AppError } from '@core/errors'
import { fetchBindingRequests } from '../../services/members'

/**
 * How many binding requests wait for the caller (a secretary or admin), for the card on 首页. One
 * page of 20 is read: the contract has no count, so 20 or more is shown as 「20 条以上」.
 * Shared, so reviewing on the approvals page updates 首页 at once.
 */
export interface PendingCount {
  count: number | null
  more: boolean
  error: AppError | null
}

let state: PendingCount = { count: null, more: false, error: null }
let inFlight: Promise<void> | null = null
const listeners = new Set<() => void>()

function set(next: PendingCount) {
  state = next
  listeners.forEach((listener) => listener())
}

export function refreshPendingBindingCount(): Promise<void> {
  if (inFlight) return inFlight
  inFlight = fetchBindingRequests({ status: 'pending' })
    .then((reply) => {
      if (reply.ok) set({ count: reply.data.items.length, more: reply.data.nextCursor !== null, error: null })
      else set({ ...state, error: reply.error })
    })
    .finally(() => {
      inFlight = null
    })
  return inFlight
}

export function resetPendingBindingCount() {
  inFlight = null
  set({ count: null, more: false, error: null })
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** The count, loaded when `enabled` (the caller manages a subtree) becomes true. */
export function usePendingBindingCount(enabled: boolean) {
  const current = useSyncExternalStore(subscribe, () => state)
  useEffect(() => {
    if (enabled) void refreshPendingBindingCount()
  }, [enabled])
  return { ...current, reload: refreshPendingBindingCount }
}
