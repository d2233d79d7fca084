import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RewardView } from '@core/contract'
import { PageState } from '../../components/PageState'
import { confirmAction, tellProblem } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { RewardCard } from '../../features/points/RewardCard'
import { useRewards } from '../../features/points/useRewards'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

/** 公益集市: what my points buy; redeeming gives a pickup code (我的兑换). */
export default function RewardsPage() {
  const { rewards, account, redeem, busyId, reload } = useRewards()
  usePullToReload(reload)

  const onRedeem = async (reward: RewardView, quantity: number) => {
    const sure = await confirmAction('确认兑换', `用 ${reward.price * quantity} 积分兑换「${reward.name}」×${quantity}？`, '兑换')
    if (!sure) return
    const { error, pickupCode } = await redeem(reward, quantity)
    if (error) return tellProblem('没有兑换成功', error.message)
    // 我的兑换 shows the new order first, with its pickup code and QR, large.
    void Taro.showToast({ title: `兑换成功，取货码 ${pickupCode}`, icon: 'none', duration: 3000 })
    void Taro.navigateTo({ url: '/pages/points-orders/index' })
  }

  let content
  if (rewards.error && !rewards.data) content = <PageState kind="error" message={rewards.error.message} onRetry={() => void reload()} />
  else if (!rewards.data || !account.data) content = <PageState kind="loading" />
  else if (!rewards.data.items.length)
    content = <PageState kind="empty" title="暂时没有可兑换的物品" description="公益集市上新后会显示在这里。" />
  else
    content = (
      <>
        {rewards.error ? <RefreshFailedNotice error={rewards.error} onRetry={() => void reload()} /> : null}
        <View className="hl-rewards__balance">
          <Text>我的积分：</Text>
          <Text className="hl-rewards__balance-value">{account.data.balance}</Text>
        </View>
        {rewards.data.items.map((reward) => (
          <RewardCard
            key={reward.id}
            reward={reward}
            balance={account.data!.balance}
            busy={busyId === reward.id}
            onRedeem={(q) => void onRedeem(reward, q)}
          />
        ))}
      </>
    )
  return <PageRoot>{content}</PageRoot>
}
