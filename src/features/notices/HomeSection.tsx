import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MeResponse } from '@core/contract'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { useUnreadCount } from './useNotices'
import './HomeSection.scss'

/** 首页: the notices card with the unread count and the way in. */
export function HomeSection(_props: { me: MeResponse }) {
  const unread = useUnreadCount()
  const count = unread.data?.unread ?? null
  return (
    <Card
      title="通知公告"
      extra={
        count ? (
          <Text className="hl-notices-home__badge" aria-label={`${count} 条未读`}>
            {count} 条未读
          </Text>
        ) : undefined
      }
    >
      <View className="hl-notices-home">
        <Text className="hl-text">
          {unread.error
            ? `未读数没有加载成功：${unread.error.message}`
            : count === null
              ? '正在查看有没有新通知…'
              : count
                ? `您有 ${count} 条通知还没有看`
                : '通知都看过了'}
        </Text>
        <BigButton kind={count ? 'primary' : 'secondary'} block onClick={() => void Taro.navigateTo({ url: '/pages/notices-list/index' })}>
          查看通知
        </BigButton>
      </View>
    </Card>
  )
}
