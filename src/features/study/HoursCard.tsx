import { Text, View } from '@tarojs/components'
import type { MyStudyResponse } from '@core/contract'
import { Card } from '../../components/Card'
import { minutesText } from './labels'
import './HoursCard.scss'

/** This year's 学时 against the annual target, in numbers and words (the bar only repeats them). */
export function HoursCard({ study }: { study: MyStudyResponse }) {
  const share = Math.min(1, study.targetHours ? study.hours / study.targetHours : 0)
  const left = Math.max(0, Math.round((study.targetHours - study.hours) * 10) / 10)
  return (
    <Card title={`${study.year} 年学习`}>
      <View className="hl-hours">
        <Text className="hl-hours__big" data-testid="study-hours">
          {study.hours} / {study.targetHours} 学时
        </Text>
        <Text className="hl-muted">
          已学 {minutesText(study.minutes)}（{study.minutesPerHour} 分钟为 1 学时）
        </Text>
        <View className="hl-hours__bar" aria-hidden="true">
          <View className="hl-hours__fill" style={{ width: `${Math.round(share * 100)}%` }} />
        </View>
        <Text className="hl-muted">{left ? `距年度目标还差 ${left} 学时` : '已完成年度学习目标'}</Text>
      </View>
    </Card>
  )
}
