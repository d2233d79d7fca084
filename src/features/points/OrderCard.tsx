import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { OrderView } from '@core/contract'
import type { Outcome } from '../../shared/outcome'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { QrImage } from '../../components/QrImage'
import { InfoRow } from '../../components/InfoRow'
import { Tag } from '../../components/Tag'
import { announce, confirmAction } from '../../shared/confirm'
import { ORDER_STATUS_LABELS } from './labels'
import './OrderCard.scss'

/** One order: what, how many, points; while waiting, the pickup code (digits and QR) and 取消兑换. */
export function OrderCard({ order, onCancel }: { order: OrderView; onCancel: (orderId: string) => Promise<Outcome<unknown>> }) {
  const [busy, setBusy] = useState(false)
  const pending = order.status === 'pending'
  const cancel = async () => {
    if (!(await confirmAction('取消兑换', `确定取消兑换「${order.rewardName}」吗？${order.amount} 积分将退回。`, '取消兑换'))) return
    setBusy(true)
    const outcome = await onCancel(order.id)
    setBusy(false)
    await announce(outcome, '已取消，积分已退回', '没有取消成功')
  }
  return (
    <Card
      title={`${order.rewardName} ×${order.quantity}`}
      extra={<Tag tone={pending ? 'gold' : 'neutral'}>{ORDER_STATUS_LABELS[order.status]}</Tag>}
    >
      <InfoRow label="积分">{order.amount}</InfoRow>
      <InfoRow label="兑换时间">{formatBeijing(order.createdAt)}</InfoRow>
      {pending ? (
        <>
          <View className="hl-order__code">
            <Text className="hl-order__code-label">取货码</Text>
            <Text className="hl-order__code-digits">{order.pickupCode}</Text>
            <QrImage
              text={order.pickupCode}
              mode="Numeric"
              cellSize={6}
              className="hl-order__qr"
              label={`取货码 ${order.pickupCode} 的二维码`}
            />
            <Text className="hl-order__hint">
              请在 {formatBeijing(order.expiresAt, 'M月D日')} 前到公益集市出示取货码领取，逾期积分自动退回。
            </Text>
          </View>
          <BigButton kind="secondary" block busy={busy} onClick={() => void cancel()}>
            取消兑换
          </BigButton>
        </>
      ) : order.closedAt ? (
        <InfoRow label="处理时间">{formatBeijing(order.closedAt)}</InfoRow>
      ) : null}
    </Card>
  )
}
