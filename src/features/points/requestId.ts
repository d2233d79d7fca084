/** A fresh id for one attempt at a write (a retry of the same attempt reuses it, so it lands once). */
export function newRequestId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
