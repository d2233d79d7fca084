import { Text, View } from '@tarojs/components'
import type { PointsAccountResponse } from '@core/contract'
import { formatMinutes } from './labels'
import './BalanceCard.scss'

/** The account at a glance: balance (big), earned in total, service time. */
export function BalanceCard({ account }: { account: PointsAccountResponse }) {
  return (
    <View className="hl-balance">
      <Text className="hl-balance__label">我的积分</Text>
      <Text className="hl-balance__value">{account.balance}</Text>
      <View className="hl-balance__row">
        <Text>累计获得 {account.earned}</Text>
        <Text>服务时长 {formatMinutes(account.minutes)}</Text>
      </View>
    </View>
  )
}
