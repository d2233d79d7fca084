import { Text, View } from '@tarojs/components'
import type { AppError } from '@core/errors'
import './RefreshFailedNotice.scss'

/** Shown above data that is still good but could not be refreshed. */
export function RefreshFailedNotice({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  return (
    <View className="hl-alert hl-refresh-failed" aria-role="alert">
      <Text className="hl-refresh-failed__text">刷新没有成功：{error.message}</Text>
      <Text className="hl-link" aria-role="button" onClick={onRetry}>
        重试
      </Text>
    </View>
  )
}
