/**
 * Which tab is showing, for the mini-program's own tab bar. WeChat gives every tab page its own
 * instance of src/custom-tab-bar; each tab page says when it is shown (`useTabShown`, from PageRoot),
 * and a tap on the bar says it before switching, so every instance marks the same tab.
 */
let current = -1
const listeners = new Set<() => void>()

export function currentTab(): number {
  return current
}

export function setCurrentTab(index: number): void {
  if (index < 0 || index === current) return
  current = index
  listeners.forEach((listener) => listener())
}

export function subscribeCurrentTab(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
