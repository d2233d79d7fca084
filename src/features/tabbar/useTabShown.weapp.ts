import Taro, { useDidShow } from '@tarojs/taro'
import { setCurrentTab } from './currentTab'
import { tabIndexOf } from './tabs'

/** Mini-program: a tab page that is shown marks its tab in src/custom-tab-bar (every instance). */
export function useTabShown(): void {
  useDidShow(() => setCurrentTab(tabIndexOf(Taro.getCurrentInstance().router?.path)))
}
