import { Text, View } from '@tarojs/components'
import type { PointsLedgerItem } from '@core/contract'
import { formatBeijing } from '@core/time'
import { ENTRY_KIND_LABELS, formatMinutes, signed } from './labels'
import './LedgerRow.scss'

/** One statement line: date, reason, amount and the balance after it. */
export function LedgerRow({ item }: { item: PointsLedgerItem }) {
  return (
    <View className="hl-ledger-row">
      <View className="hl-ledger-row__main">
        <Text className="hl-ledger-row__reason">{item.reason}</Text>
        <Text className="hl-ledger-row__meta">
          {formatBeijing(item.at)} · {ENTRY_KIND_LABELS[item.kind]}
          {item.minutes ? ` · 服务 ${formatMinutes(item.minutes)}` : ''}
        </Text>
      </View>
      <View className="hl-ledger-row__side">
        <Text className={item.amount >= 0 ? 'hl-ledger-row__amount hl-ledger-row__amount--in' : 'hl-ledger-row__amount'}>
          {signed(item.amount)}
        </Text>
        <Text className="hl-ledger-row__balance">余额 {item.balanceAfter}</Text>
      </View>
    </View>
  )
}
