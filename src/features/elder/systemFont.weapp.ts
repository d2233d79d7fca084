import Taro from '@tarojs/taro'

/**
 * WeChat's 「我 › 设置 › 通用 › 字体大小」 in px. The standard setting is 16–17; the enlarged steps
 * start at 20. getAppBaseInfo replaces the deprecated getSystemInfoSync where the base library has it.
 */
const LARGE_TEXT_FROM = 20

export function systemPrefersLargeText(): boolean {
  try {
    // WeChat's getAppBaseInfo returns fontSizeSetting; Taro's type for it omits the field.
    const info = (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()) as {
      fontSizeSetting?: number
    }
    return (info.fontSizeSetting ?? 0) >= LARGE_TEXT_FROM
  } catch {
    return false
  }
}
