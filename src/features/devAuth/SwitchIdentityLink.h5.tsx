import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import './SwitchIdentityLink.scss'

/** 「切换身份」 — back to the local sign-in page (H5 debug build only). */
export function SwitchIdentityLink() {
  return (
    <View className="hl-switch-identity">
      <Text
        className="hl-switch-identity__link"
        onClick={() => {
          void Taro.navigateTo({ url: '/pages/dev-login/index' })
        }}
      >
        切换身份（本地调试）
      </Text>
    </View>
  )
}
