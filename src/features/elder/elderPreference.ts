import Taro from '@tarojs/taro'

/** The person's own choice, kept on the device; absent → follow WeChat's font setting. */
export type ElderPreference = 'on' | 'off' | null

const KEY = 'honglin.elderMode'

export function readElderPreference(): ElderPreference {
  try {
    const value: unknown = Taro.getStorageSync(KEY)
    return value === 'on' || value === 'off' ? value : null
  } catch {
    return null
  }
}

export function saveElderPreference(preference: ElderPreference) {
  try {
    if (preference === null) Taro.removeStorageSync(KEY)
    else Taro.setStorageSync(KEY, preference)
  } catch {
    // Storage full or unavailable: the switch still works for this session.
  }
}
