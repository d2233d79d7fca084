/**
 * Pages and tab bar. Adding a tab is one line in TABS (icons: src/assets/tabbar/<icon>.png and
 * <icon>-active.png, drawn by make-icons.mjs there; activities and points icons already exist).
 */
const TABS = [
  { pagePath: 'pages/home/index', text: '首页', icon: 'home' },
  { pagePath: 'pages/mine/index', text: '我的', icon: 'mine' },
]

/** Main-package pages that are not tabs (every user may open them). One line each. */
const MAIN_PAGES: string[] = [
  'pages/register/index',
  'pages/binding/index',
]

/**
 * The `admin` subpackage: management pages for secretaries and the committee, loaded only when
 * opened, so the main package stays small. Paths relative to src/admin/. One line each.
 */
const ADMIN_PAGES: string[] = [
  'binding-requests/index',
  'roster/index',
  'member/index',
  'roster-files/index',
  'relation-check/index',
  'pairing/index',
  'org/index',
  'audit-log/index',
]

/** Local sign-in against the local host: only in the H5 build, never in the WeChat package. */
const H5_ONLY_PAGES = process.env.TARO_ENV === 'h5' ? ['pages/dev-login/index'] : []

export default defineAppConfig({
  pages: [...TABS.map((tab) => tab.pagePath), ...MAIN_PAGES, ...H5_ONLY_PAGES],
  subPackages: ADMIN_PAGES.length ? [{ root: 'admin', pages: ADMIN_PAGES }] : [],
  window: {
    navigationBarTitleText: '红邻',
    navigationBarBackgroundColor: '#C8161D',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F6F4F1',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#4F4F4F',
    selectedColor: '#C8161D',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: TABS.map(({ pagePath, text, icon }) => ({
      pagePath,
      text,
      iconPath: `assets/tabbar/${icon}.png`,
      selectedIconPath: `assets/tabbar/${icon}-active.png`,
    })),
  },
})
