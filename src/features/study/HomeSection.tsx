import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MeResponse } from '@core/contract'
import { Card } from '../../components/Card'
import { studyLinksFor } from './studyLinks'
import './HomeSection.scss'

/** The `study` area's part of 首页: the ways into 学习 (Party members; 结对送学 for helpers). */
export function HomeSection({ me }: { me: MeResponse }) {
  const links = studyLinksFor(me)
  if (!links.length) return null
  return (
    <Card title='党员学习'>
      <View className='hl-study-home'>
        {links.map((link) => (
          <View key={link.url} className='hl-study-home__item' aria-role='link' onClick={() => void Taro.navigateTo({ url: link.url })}>
            <Text className='hl-study-home__title'>{link.title}</Text>
            <Text className='hl-study-home__hint'>{link.hint}</Text>
          </View>
        ))}
      </View>
    </Card>
  )
}
