import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './index.scss'

export interface LinkTile {
  title: string
  hint: string
  url: string
}

/** A row of tiles, each a page to open (title and a short hint): an area's ways in on 首页. */
export function LinkTiles({ links }: { links: readonly LinkTile[] }) {
  return (
    <View className="hl-link-tiles">
      {links.map((link) => (
        <View key={link.url} className="hl-link-tiles__item" aria-role="link" onClick={() => void Taro.navigateTo({ url: link.url })}>
          <Text className="hl-link-tiles__title">{link.title}</Text>
          <Text className="hl-link-tiles__hint">{link.hint}</Text>
        </View>
      ))}
    </View>
  )
}
