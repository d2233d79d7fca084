/**
 * The tab bar's size in 长辈模式. In the mini-program the tab bar is our own (src/custom-tab-bar,
 * tabBar.custom): WeChat gives it a component instance outside the pages, so ElderModeProvider
 * reports the mode here and the bar reads it (`elderTabBar` / `subscribeElderTabBar`). The H5 build
 * keeps Taro's web tab bar and enlarges it with CSS (`tabBarSize.h5.ts`).
 */
let elderNow = false
const listeners = new Set<() => void>()

export function applyElderTabBar(elder: boolean): void {
  if (elder === elderNow) return
  elderNow = elder
  listeners.forEach((listener) => listener())
}

export function elderTabBar(): boolean {
  return elderNow
}

export function subscribeElderTabBar(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
