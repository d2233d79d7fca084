import { Text, View } from '@tarojs/components'
import type { PointsAccountResponse } from '@core/contract'
import './MonthChart.scss'

/** A column's height; elder mode lays the months out as rows and reads the same share as a width. */
function barStyle(share: number) {
  return { height: `${share}%`, '--hl-bar-share': `${share}%` } as Record<string, string>
}

/** Points earned per month over the last 12 months: plain bars, the figure written above each. */
export function MonthChart({ months }: { months: PointsAccountResponse['months'] }) {
  const max = Math.max(1, ...months.map((m) => m.points))
  return (
    <View className="hl-month-chart" aria-label="近 12 个月获得积分">
      {months.map((m) => (
        <View key={m.month} className="hl-month-chart__col">
          <Text className="hl-month-chart__value">{m.points || ''}</Text>
          <View className="hl-month-chart__track">
            <View className="hl-month-chart__bar" style={barStyle(Math.round((Math.max(0, m.points) / max) * 100))} />
          </View>
          <Text className="hl-month-chart__label">{Number(m.month.slice(5))}月</Text>
        </View>
      ))}
    </View>
  )
}
