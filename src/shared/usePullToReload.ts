import Taro, { usePullDownRefresh } from '@tarojs/taro'

/** Pull-to-refresh on the current page: run `reload`, then let the spinner go. */
export function usePullToReload(reload: () => Promise<void>) {
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
}
