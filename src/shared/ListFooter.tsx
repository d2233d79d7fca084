import { Text, View } from '@tarojs/components'
import type { AppError } from '@core/errors'
import { BigButton } from '../components/BigButton'
import './ListFooter.scss'

/** Under a paged list: 加载更多, its failure with 重试, or 已全部显示. */
export function ListFooter(props: {
  hasMore: boolean
  loadingMore: boolean
  error: AppError | null
  onLoadMore: () => void
  count: number
}) {
  if (props.error) {
    return (
      <View className="hl-list-footer" aria-role="alert">
        <Text className="hl-list-footer__text">加载更多没有成功：{props.error.message}</Text>
        <BigButton kind="secondary" onClick={props.onLoadMore}>
          重试
        </BigButton>
      </View>
    )
  }
  if (props.hasMore) {
    return (
      <View className="hl-list-footer">
        <BigButton kind="secondary" block busy={props.loadingMore || undefined} onClick={props.onLoadMore}>
          加载更多
        </BigButton>
      </View>
    )
  }
  return (
    <View className="hl-list-footer">
      <Text className="hl-list-footer__text">{props.count ? `已全部显示（${props.count} 条）` : ''}</Text>
    </View>
  )
}
