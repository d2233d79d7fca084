import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './PointsLinks.scss'

const LINKS = [
  { title: '日行一善', hint: '申报好人好事', url: '/pages/points-deed/index' },
  { title: '公益集市', hint: '积分兑换物品', url: '/pages/points-rewards/index' },
  { title: '我的兑换', hint: '取货码', url: '/pages/points-orders/index' },
  { title: '积分排行', hint: '本月 · 本年 · 累计', url: '/pages/points-ranking/index' },
]

/** The four doors of the points tab. */
export function PointsLinks() {
  return (
    <View className="hl-points-links">
      {LINKS.map((link) => (
        <View key={link.url} className="hl-points-links__item" aria-role="link" onClick={() => void Taro.navigateTo({ url: link.url })}>
          <Text className="hl-points-links__title">{link.title}</Text>
          <Text className="hl-points-links__hint">{link.hint}</Text>
        </View>
      ))}
    </View>
  )
}
