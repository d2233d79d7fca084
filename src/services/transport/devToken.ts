import Taro from '@tarojs/taro'

/** The local host's session token (H5 only), set by the dev sign-in page. */
const TOKEN_KEY = 'honglin.devToken'

export function readDevToken(): string | null {
  const token: unknown = Taro.getStorageSync(TOKEN_KEY)
  return typeof token === 'string' && token ? token : null
}

export function saveDevToken(token: string) {
  Taro.setStorageSync(TOKEN_KEY, token)
}

export function clearDevToken() {
  Taro.removeStorageSync(TOKEN_KEY)
}
