/**
 * Whether the signed-in person is flagged 长辈 on the roster, as members.me last said. meStore writes
 * it; ElderModeContext reads it (this module imports no service, so the provider stays light).
 */
let flagged = false
const listeners = new Set<() => void>()

export function isProfileElder(): boolean {
  return flagged
}

export function setProfileElder(next: boolean): void {
  if (next === flagged) return
  flagged = next
  listeners.forEach((listener) => listener())
}

export function subscribeProfileElder(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
