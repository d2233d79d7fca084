/**
 * The tab bar's tabs, read by app.config.ts (WeChat's tabBar list) and by the mini-program's own tab
 * bar (src/custom-tab-bar). Adding a tab is one line (icons: src/assets/tabbar/<icon>.png and
 * <icon>-active.png, drawn by make-icons.mjs there).
 */
export interface Tab {
  pagePath: string
  text: string
  icon: string
}

export const TABS: Tab[] = [
  { pagePath: 'pages/home/index', text: '首页', icon: 'home' },
  { pagePath: 'pages/activities/index', text: '活动', icon: 'activities' },
  { pagePath: 'pages/points/index', text: '积分', icon: 'points' },
  { pagePath: 'pages/mine/index', text: '我的', icon: 'mine' },
]

/** The tab a page path belongs to ('/pages/home/index?x=1' and 'pages/home/index' alike), or -1. */
export function tabIndexOf(path: string | undefined | null): number {
  if (!path) return -1
  const bare = path.replace(/^\//, '').split('?')[0]
  return TABS.findIndex((tab) => tab.pagePath === bare)
}
