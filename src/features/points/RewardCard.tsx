import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { RewardView } from '@core/contract'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { fileUrl } from '../../services/storage'
import './RewardCard.scss'

export interface RewardCardProps {
  reward: RewardView
  balance: number
  busy: boolean
  onRedeem: (quantity: number) => void
}

/** One item of the catalogue: picture, price, stock, monthly limit, a quantity and 兑换. */
export function RewardCard({ reward, balance, busy, onRedeem }: RewardCardProps) {
  const [quantity, setQuantity] = useState(1)
  const most = Math.max(1, Math.min(reward.stock, reward.monthlyLimit, 10))
  const cost = reward.price * quantity
  const reason = reward.stock <= 0 ? '已兑完' : cost > balance ? '积分不足' : null
  return (
    <Card title={reward.name}>
      <View className="hl-reward">
        {reward.photo ? (
          <Image className="hl-reward__photo" src={fileUrl(reward.photo)} mode="aspectFill" />
        ) : (
          <View className="hl-reward__photo hl-reward__photo--none">
            <Text>礼</Text>
          </View>
        )}
        <View className="hl-reward__info">
          <Text className="hl-reward__price">{reward.price} 积分</Text>
          {reward.description ? <Text className="hl-reward__text">{reward.description}</Text> : null}
          <Text className="hl-reward__text">
            库存 {reward.stock} · 每人每月限 {reward.monthlyLimit}
          </Text>
        </View>
      </View>
      <View className="hl-reward__actions">
        <View className="hl-reward__stepper">
          <Text className="hl-reward__step" aria-role="button" aria-label="减少" onClick={() => setQuantity((q) => Math.max(1, q - 1))}>
            －
          </Text>
          <Text className="hl-reward__qty">{quantity}</Text>
          <Text className="hl-reward__step" aria-role="button" aria-label="增加" onClick={() => setQuantity((q) => Math.min(most, q + 1))}>
            ＋
          </Text>
        </View>
        <View className="hl-reward__redeem">
          <BigButton disabled={Boolean(reason)} busy={busy} onClick={() => onRedeem(quantity)}>
            {reason ?? `兑换（${cost} 积分）`}
          </BigButton>
        </View>
      </View>
    </Card>
  )
}
