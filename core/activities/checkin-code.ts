import { createHmac } from 'crypto'
import { CHECKIN_CODE_SECONDS } from '../contract/activities'

/**
 * Rotating check-in codes (server only: node crypto). A code is 6 digits of an HMAC of the
 * activity's secret over (activity, mode, 30-second window); the previous window is still accepted,
 * so a code read just before it changes works. Without the secret a code cannot be forged.
 */
const WINDOW_MS = CHECKIN_CODE_SECONDS * 1000

export type CheckInMode = 'in' | 'out'

export function codeWindow(at: Date): number {
  return Math.floor(at.getTime() / WINDOW_MS)
}

export function codeForWindow(secret: string, activityId: string, mode: CheckInMode, window: number): string {
  const digest = createHmac('sha256', secret).update(`${activityId}:${mode}:${window}`).digest()
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0')
}

export function currentCode(secret: string, activityId: string, mode: CheckInMode, now: Date): { code: string; expiresAt: Date } {
  const window = codeWindow(now)
  return { code: codeForWindow(secret, activityId, mode, window), expiresAt: new Date((window + 1) * WINDOW_MS) }
}

/** The code of the current or the previous window. */
export function codeMatches(secret: string, activityId: string, mode: CheckInMode, code: string, now: Date): boolean {
  const window = codeWindow(now)
  return code === codeForWindow(secret, activityId, mode, window) || code === codeForWindow(secret, activityId, mode, window - 1)
}

export function checkInQrText(activityId: string, mode: CheckInMode, code: string): string {
  return `honglin:checkin:${activityId}:${mode}:${code}`
}
