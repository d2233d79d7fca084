import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MeResponse } from '@core/contract'
import { Card } from '../../components/Card'
import './HomeSection.scss'

const LINKS = [
  { title: '日行一善', hint: '申报好人好事', url: '/pages/points-deed/index' },
  { title: '公益集市', hint: '积分兑换', url: '/pages/points-rewards/index' },
  { title: '积分排行', hint: '本月 · 本年', url: '/pages/points-ranking/index' },
]

/** The `points` area's part of 首页: the ways into 道德银行 (people with a profile). */
export function HomeSection({ me }: { me: MeResponse }) {
  if (!me.person) return null
  return (
    <Card title='道德银行'>
      <View className='hl-points-home'>
        {LINKS.map((link) => (
          <View key={link.url} className='hl-points-home__item' aria-role='link' onClick={() => void Taro.navigateTo({ url: link.url })}>
            <Text className='hl-points-home__title'>{link.title}</Text>
            <Text className='hl-points-home__hint'>{link.hint}</Text>
          </View>
        ))}
      </View>
    </Card>
  )
}
