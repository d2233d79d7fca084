import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import type { MeResponse } from '@core/contract'
import { BigButton } from '../../components/BigButton'
import { useShowAgain } from '../../shared/useShowAgain'
import { useUnreadCount } from '../notices/useNotices'
import { CallButton } from '../pairing/CallButton'
import './ElderHome.scss'

/**
 * 首页 in 长辈模式: four big buttons, one thing each (通知 · 学习 · 积分 · 找结对人). 找结对人 opens
 * its own screen in place (the helper's name and how to reach them) with one way back.
 */
export function ElderHome({ me }: { me: MeResponse }) {
  const [showHelper, setShowHelper] = useState(false)
  const unread = useUnreadCount()
  const count = unread.data?.unread ?? 0
  // Back from reading a notice: count again.
  useShowAgain(() => void unread.reload())
  const name = me.person?.name

  if (showHelper) return <HelperScreen me={me} onBack={() => setShowHelper(false)} />

  return (
    <View className="hl-elder-home">
      <Text className="hl-elder-home__hello" aria-role="heading">
        {name ? `您好，${name}` : '您好'}
      </Text>
      <Tile label="通知" primary onClick={() => void Taro.navigateTo({ url: '/pages/notices-list/index' })}>
        {count > 0 ? (
          <Text className="hl-elder-home__badge" data-testid="elder-unread">
            {count} 条未读
          </Text>
        ) : null}
      </Tile>
      <Tile label="学习" onClick={() => void Taro.navigateTo({ url: '/pages/study-list/index' })} />
      <Tile label="积分" onClick={() => void Taro.switchTab({ url: '/pages/points/index' })} />
      <Tile label="找结对人" onClick={() => setShowHelper(true)} />
    </View>
  )
}

/** One of the big buttons: its word, and anything it has to say besides (the unread count). */
function Tile({ label, primary, onClick, children }: { label: string; primary?: boolean; onClick: () => void; children?: ReactNode }) {
  return (
    <Button
      className={primary ? 'hl-elder-home__tile hl-elder-home__tile--primary' : 'hl-elder-home__tile'}
      hoverClass="hl-elder-home__tile--pressed"
      onClick={onClick}
    >
      <Text className="hl-elder-home__label">{label}</Text>
      {children}
    </Button>
  )
}

/** The paired helper: who it is, their number, and one big button to phone them. */
function HelperScreen({ me, onBack }: { me: MeResponse; onBack: () => void }) {
  const helper = me.pairing?.helper ?? null
  return (
    <View className="hl-elder-home">
      <Text className="hl-elder-home__hello" aria-role="heading">
        我的结对人
      </Text>
      <View className="hl-elder-home__helper" data-testid="elder-helper">
        {helper ? (
          <>
            <Text className="hl-elder-home__helper-name">{helper.name}</Text>
            {helper.phoneMasked ? <Text className="hl-elder-home__helper-text">电话：{helper.phoneMasked}</Text> : null}
            <Text className="hl-elder-home__helper-text">
              {helper.name}会定期上门或打电话给您送学，有事也可以直接打电话给{helper.name}。
            </Text>
            {helper.phone ? <CallButton phone={helper.phone} name={helper.name} /> : null}
          </>
        ) : (
          <Text className="hl-elder-home__helper-text">您还没有结对人。需要有人上门送学，请联系社区安排。</Text>
        )}
      </View>
      <BigButton kind="secondary" block onClick={onBack}>
        返回
      </BigButton>
    </View>
  )
}
