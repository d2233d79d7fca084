import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { RewardView } from '@core/contract'
import { confirmAction, tellProblem } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { RewardCard } from '../../features/points/RewardCard'
import { useRewards } from '../../features/points/useRewards'
import { Loaded } from '../../shared/Loaded'
import { allOf } from '../../shared/useLoad'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'
import { gatedPage } from '../../features/onboarding/RoleGate'

/** 公益集市: what my points buy; redeeming gives a pickup code (我的兑换). */
function RewardsPageContent() {
  // 代兑: opened from 关爱走访 for a paired elder (?forPersonId=…&name=…).
  const { forPersonId, name } = useRouter().params
  const forName = forPersonId ? decodeURIComponent(name ?? '') || '长辈' : null
  const { rewards, account, redeem, busyId, reload } = useRewards(forPersonId ?? null)
  usePullToReload(reload)

  const onRedeem = async (reward: RewardView, quantity: number) => {
    const whose = forName ? `${forName}的 ` : ''
    const sure = await confirmAction('确认兑换', `用${whose} ${reward.price * quantity} 积分兑换「${reward.name}」×${quantity}？`, '兑换')
    if (!sure) return
    const outcome = await redeem(reward, quantity)
    if (!outcome.ok) return tellProblem('没有兑换成功', outcome.error.message)
    if (forName) return tellProblem('代兑成功', `已为${forName}兑换「${reward.name}」，取货码 ${outcome.data}，记为由您代兑。`)
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
            {forName ? (
              <View className="hl-rewards__balance" data-testid="redeem-for">
                <Text>
                  为{forName}代兑：用{forName}的积分兑换，订单记为由您代兑（积分不足时会提示）。
                </Text>
              </View>
            ) : (
              <View className="hl-rewards__balance">
                <Text>我的积分：</Text>
                <Text className="hl-rewards__balance-value">{data.account.balance}</Text>
              </View>
            )}
            {data.rewards.items.map((reward) => (
              <RewardCard
                key={reward.id}
                reward={reward}
                balance={forName ? Number.MAX_SAFE_INTEGER : data.account.balance}
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

export default gatedPage('points', 'signedUp', RewardsPageContent)
