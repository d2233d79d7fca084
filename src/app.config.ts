import { TABS } from './features/tabbar/tabs'

/** Pages and tab bar (the tabs: features/tabbar/tabs.ts). */

/** Main-package pages that are not tabs (every user may open them). One line each, listed by area. */
const MAIN_PAGES: string[] = ['pages/register/index', 'pages/binding/index', 'pages/setup-admin/index']

/** 活动报名 (activities). */
const ACTIVITY_PAGES: string[] = ['pages/activities-detail/index', 'pages/activities-mine/index', 'pages/activities-checkin/index']

/** 道德银行 (points). */
const POINTS_PAGES: string[] = [
  'pages/points-deed/index',
  'pages/points-rewards/index',
  'pages/points-orders/index',
  'pages/points-ranking/index',
]

/** 通知 (notices). */
const NOTICE_PAGES: string[] = ['pages/notices-list/index', 'pages/notices-detail/index']

/** 学习 · 结对送学 (study). */
const STUDY_PAGES: string[] = ['pages/study-list/index', 'pages/study-detail/index', 'pages/study-mine/index', 'pages/study-paired/index']

/** 微心愿 · 民生诉求 (community). */
const COMMUNITY_PAGES: string[] = [
  'pages/community-wishes/index',
  'pages/community-wish/index',
  'pages/community-wish-post/index',
  'pages/community-report/index',
  'pages/community-tickets/index',
  'pages/community-ticket/index',
  'pages/community-problems/index',
]

/** 关爱网络 (care): a helper's, 网格员's or 党小组长's visits. */
const CARE_PAGES: string[] = [
  'pages/care-visits/index',
  'pages/care-visit/index',
  'pages/care-building-unread/index',
  'pages/care-teams/index',
]

/** 议事协商 · 民主评议 · 共驻共建 (community). */
const GOVERN_PAGES: string[] = [
  'pages/community-topics/index',
  'pages/community-topic/index',
  'pages/community-topic-propose/index',
  'pages/community-evaluations/index',
  'pages/community-evaluation/index',
  'pages/community-partners/index',
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
  'buildings/index',
  'audit-log/index',
]

/** `admin` subpackage pages of each later area (paths relative to src/admin/, named <area>-…). */
const ACTIVITY_ADMIN_PAGES: string[] = [
  'activities-manage/index',
  'activities-edit/index',
  'activities-code/index',
  'activities-attendance/index',
  'activities-register/index',
  'org-life-record/index',
  'activities-stats/index',
  'activities-outbox/index',
]

const POINTS_ADMIN_PAGES: string[] = [
  'points-deeds/index',
  'points-fulfil/index',
  'points-rewards/index',
  'points-categories/index',
  'points-adjust/index',
  'points-summary/index',
]

const NOTICE_ADMIN_PAGES: string[] = ['notices-manage/index', 'notices-edit/index', 'notices-stats/index']

const STUDY_ADMIN_PAGES: string[] = [
  'study-manage/index',
  'study-edit/index',
  'study-assign/index',
  'study-deliveries/index',
  'study-figures/index',
  'study-material-stats/index',
]

const STATS_ADMIN_PAGES: string[] = ['stats-dashboard/index']

const COMMUNITY_ADMIN_PAGES: string[] = [
  'community-wishes/index',
  'community-tickets/index',
  'community-ticket/index',
  'community-numbers/index',
]

const CARE_ADMIN_PAGES: string[] = [
  'care-needs/index',
  'care-records/index',
  'care-unvisited/index',
  'care-birthdays/index',
  'care-flags/index',
  'care-grants/index',
  'care-resident-pairing/index',
  'care-teams/index',
]

const GOVERN_ADMIN_PAGES: string[] = [
  'community-topics/index',
  'community-topic/index',
  'community-evaluations/index',
  'community-partners/index',
]

const ALL_ADMIN_PAGES = [
  ...ADMIN_PAGES,
  ...ACTIVITY_ADMIN_PAGES,
  ...POINTS_ADMIN_PAGES,
  ...NOTICE_ADMIN_PAGES,
  ...STUDY_ADMIN_PAGES,
  ...COMMUNITY_ADMIN_PAGES,
  ...STATS_ADMIN_PAGES,
  ...CARE_ADMIN_PAGES,
  ...GOVERN_ADMIN_PAGES,
]

/** Local sign-in against the local host: only in the H5 build, never in the WeChat package. */
const H5_ONLY_PAGES = process.env.TARO_ENV === 'h5' ? ['pages/dev-login/index'] : []

/**
 * WeChat only. lazyCodeLoading: a page's components are injected when the page first needs them,
 * not all at start-up (WeChat's code-quality check asks for it). sitemap.json keeps every page out
 * of WeChat search (the content is for the community, signed in). __usePrivacyCheck__: privacy APIs
 * (photos, files, the scanner) wait for the person's consent in our own dialog (features/privacy).
 * plugins: WeChat's 同声传译 for 朗读 (features/elder/speech.weapp.ts); it must also be added in the
 * admin console (设置 › 第三方设置 › 插件管理) at this version.
 */
const WEAPP_ONLY =
  process.env.TARO_ENV === 'weapp'
    ? {
        lazyCodeLoading: 'requiredComponents',
        sitemapLocation: 'sitemap.json',
        __usePrivacyCheck__: true,
        plugins: { WechatSI: { version: '0.3.6', provider: 'wx069ba97219f66d99' } },
      }
    : {}

export default defineAppConfig({
  ...WEAPP_ONLY,
  pages: [
    ...TABS.map((tab) => tab.pagePath),
    ...MAIN_PAGES,
    ...ACTIVITY_PAGES,
    ...POINTS_PAGES,
    ...NOTICE_PAGES,
    ...STUDY_PAGES,
    ...COMMUNITY_PAGES,
    ...CARE_PAGES,
    ...GOVERN_PAGES,
    ...H5_ONLY_PAGES,
  ],
  subPackages: [{ root: 'admin', pages: ALL_ADMIN_PAGES }],
  window: {
    navigationBarTitleText: '红邻',
    navigationBarBackgroundColor: '#C8161D',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F6F4F1',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    // WeChat: our own bar (src/custom-tab-bar), which 长辈模式 can enlarge; WeChat still reads the list.
    // H5: Taro draws no bar for a custom one, so the web build keeps Taro's, enlarged by CSS (app.scss).
    custom: process.env.TARO_ENV === 'weapp',
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
