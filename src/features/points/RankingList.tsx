import { Text, View } from '@tarojs/components'
import type { LeaderboardResponse } from '@core/contract'
import './RankingList.scss'

/** The ranking rows (masked names) with my own row marked. */
export function RankingList({ items }: { items: LeaderboardResponse['items'] }) {
  return (
    <View className="hl-ranking">
      {items.map((row) => (
        <View key={`${row.rank}-${row.maskedName}`} className={row.me ? 'hl-ranking__row hl-ranking__row--me' : 'hl-ranking__row'}>
          <Text className="hl-ranking__rank">{row.rank}</Text>
          <Text className="hl-ranking__name">
            {row.maskedName}
            {row.me ? '（我）' : ''}
          </Text>
          <Text className="hl-ranking__points">{row.points} 分</Text>
        </View>
      ))}
    </View>
  )
}
