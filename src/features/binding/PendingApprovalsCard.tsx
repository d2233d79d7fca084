import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PendingCount } from './pendingCountStore'
import './PendingApprovalsCard.scss'

export const BINDING_REQUESTS_PAGE = '/admin/binding-requests/index'

/** 首页, for secretaries and admins: 「待审核的绑定申请 N 条」, the whole card opens the list. */
export function PendingApprovalsCard({ pending, onRetry }: { pending: PendingCount; onRetry: () => void }) {
  if (pending.error && pending.count === null) {
    return (
      <View className="hl-pending-card hl-pending-card--quiet" aria-role="alert">
        <Text className="hl-pending-card__text">待审核的绑定申请没有读取成功</Text>
        <Text className="hl-link" aria-role="button" onClick={onRetry}>
          重试
        </Text>
      </View>
    )
  }
  if (!pending.count) return null
  // No-break spaces keep 「2 条」 on one line in large type.
  const count = pending.more ? `${pending.count}\u00a0条以上` : `${pending.count}\u00a0条`
  return (
    <View
      className="hl-pending-card"
      hoverClass="hl-pending-card--pressed"
      aria-role="link"
      onClick={() => void Taro.navigateTo({ url: BINDING_REQUESTS_PAGE })}
    >
      <View className="hl-pending-card__body">
        <Text className="hl-pending-card__title">{`待审核的绑定申请\u00a0${count}`}</Text>
        <Text className="hl-pending-card__hint">党员申请绑定微信，请核对后审核</Text>
      </View>
      <Text className="hl-pending-card__go">去审核 ›</Text>
    </View>
  )
}
