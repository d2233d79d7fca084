import { Text, View } from '@tarojs/components'
import type { MeSummary } from './describeMe'
import './GreetingBanner.scss'

/** The red banner at the top of 首页: who you are, in one glance. */
export function GreetingBanner({ summary }: { summary: MeSummary }) {
  return (
    <View className="hl-greeting">
      <Text className="hl-greeting__brand">红邻 · 社区党建服务</Text>
      <Text className="hl-greeting__hello">{summary.greeting}</Text>
      <View className="hl-greeting__badges">
        <Text className="hl-greeting__badge">{summary.roleLabel}</Text>
        {summary.elder ? <Text className="hl-greeting__badge">长辈</Text> : null}
      </View>
    </View>
  )
}
