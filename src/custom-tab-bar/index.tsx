import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'
import { elderTabBar, subscribeElderTabBar } from '../features/elder/tabBarSize'
import { currentTab, setCurrentTab, subscribeCurrentTab } from '../features/tabbar/currentTab'
import { tabIndexOf, TABS } from '../features/tabbar/tabs'
import './index.scss'

/** The tab of the page on top, for an instance that mounts before any tab page has said it is shown. */
function topPageTab(): number {
  const pages = Taro.getCurrentPages()
  return tabIndexOf(pages[pages.length - 1]?.route)
}

/**
 * The mini-program's tab bar (app.config tabBar.custom, weapp only): WeChat's native bar keeps 10px
 * labels whatever the mode, so 长辈模式 could not enlarge it. Normal mode looks like the native bar
 * (icon over a 14px label, 50px); in elder mode the whole bar grows to 76px with 22px labels, and
 * every tab is a ≥ 44px target. Taps switch with Taro.switchTab; the current tab is red and
 * aria-selected. (No tab carries a badge: 待办 counts are on 首页's card.)
 */
export default function CustomTabBar() {
  const elder = useSyncExternalStore(subscribeElderTabBar, elderTabBar)
  const shownTab = useSyncExternalStore(subscribeCurrentTab, currentTab)
  const selected = shownTab >= 0 ? shownTab : topPageTab()

  const open = (index: number) => {
    if (index === selected) return
    setCurrentTab(index)
    void Taro.switchTab({ url: `/${TABS[index].pagePath}` })
  }

  return (
    <View className={elder ? 'hl-tabbar hl-tabbar--elder' : 'hl-tabbar'} aria-role="tablist">
      {TABS.map((tab, index) => {
        const on = index === selected
        return (
          <View
            key={tab.pagePath}
            className={on ? 'hl-tabbar__item hl-tabbar__item--on' : 'hl-tabbar__item'}
            aria-role="tab"
            aria-selected={on}
            aria-label={tab.text}
            onClick={() => open(index)}
          >
            <Image className="hl-tabbar__icon" src={`/assets/tabbar/${tab.icon}${on ? '-active' : ''}.png`} />
            <Text className="hl-tabbar__label">{tab.text}</Text>
          </View>
        )
      })}
    </View>
  )
}
