import type { MeResponse } from '@core/contract'
import type { AppError } from '@core/errors'
import { fetchMe } from '../../services/members'
import { setProfileElder } from '../elder/profileElder'

/**
 * The caller's identity, shared by every page that shows it (首页, 我的), so switching tabs does not
 * reload it. A failed refresh keeps the last good data and reports the error beside it.
 */
export interface MeState {
  data: MeResponse | null
  error: AppError | null
  loading: boolean
}

const initial: MeState = { data: null, error: null, loading: false }
let state: MeState = initial
let inFlight: Promise<void> | null = null
const listeners = new Set<() => void>()

function set(next: Partial<MeState>) {
  state = { ...state, ...next }
  // 长辈 on the roster → elder mode by default (ElderModeContext).
  setProfileElder(state.data?.member?.elder === true)
  listeners.forEach((listener) => listener())
}

export function getMeState(): MeState {
  return state
}

export function subscribeMe(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function loadMe(): Promise<void> {
  if (inFlight) return inFlight
  set({ loading: true, error: null })
  inFlight = fetchMe()
    .then((reply) => {
      if (reply.ok) set({ data: reply.data, error: null, loading: false })
      else set({ error: reply.error, loading: false })
    })
    .finally(() => {
      inFlight = null
    })
  return inFlight
}

/** After signing in as someone else: forget the previous person. */
export function resetMe() {
  inFlight = null
  set(initial)
}
