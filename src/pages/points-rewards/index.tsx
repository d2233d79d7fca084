import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RewardView } from '@core/contract'
import { confirmAction, tellProblem } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { RewardCard } from '../../features/points/RewardCard'
import { useRewards } from '../../features/points/useRewards'
import { Loaded } from '../../shared/Loaded'
import { allOf } from '../../shared/useLoad'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'
import { RoleGate } from '../../features/onboarding/RoleGate'

/** 公益集市: what my points buy; redeeming gives a pickup code (我的兑换). */
function RewardsPageContent() {
  const { rewards, account, redeem, busyId, reload } = useRewards()
  usePullToReload(reload)

  const onRedeem = async (reward: RewardView, quantity: number) => {
    const sure = await confirmAction('确认兑换', `用 ${reward.price * quantity} 积分兑换「${reward.name}」×${quantity}？`, '兑换')
    if (!sure) return
    const outcome = await redeem(reward, quantity)
    if (!outcome.ok) return tellProblem('没有兑换成功', outcome.error.message)
    // 我的兑换 shows the new order first, with its pickup code and QR, large.
    void Taro.showToast({ title: `兑换成功，取货码 ${outcome.data}`, icon: 'none', duration: 3000 })
    void Taro.navigateTo({ url: '/pages/points-orders/index' })
  }

  return (
    <PageRoot>
      <Loaded
        state={allOf({ rewards, account })}
        empty={(data) => !data.rewards.items.length && { title: '暂时没有可兑换的物品', description: '公益集市上新后会显示在这里。' }}
      >
        {(data) => (
          <>
            <View className="hl-rewards__balance">
              <Text>我的积分：</Text>
              <Text className="hl-rewards__balance-value">{data.account.balance}</Text>
            </View>
            {data.rewards.items.map((reward) => (
              <RewardCard
                key={reward.id}
                reward={reward}
                balance={data.account.balance}
                busy={busyId === reward.id}
                onRedeem={(q) => void onRedeem(reward, q)}
              />
            ))}
          </>
        )}
      </Loaded>
    </PageRoot>
  )
}

/** Visitors (and, for study, residents) see what this offers and how to get it, not an error. */
export default function RewardsPage() {
  return (
    <RoleGate area="points" needs="signedUp">
      <RewardsPageContent />
    </RoleGate>
  )
}
