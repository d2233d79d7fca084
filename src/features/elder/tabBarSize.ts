/**
 * The tab bar's size in 长辈模式. In the mini-program the tab bar is WeChat's native one, whose label
 * size no API changes; the H5 build enlarges its web tab bar (`tabBarSize.h5.ts`).
 */
export function applyElderTabBar(_elder: boolean): void {}
