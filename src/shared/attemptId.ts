/**
 * A fresh id for one attempt at a write that creates something (a notice's draft id, a redemption's
 * request id). The server keys the write on it, so a retry of the same attempt after a lost reply
 * lands once; a new attempt takes a new id.
 */
export function newAttemptId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`
}
