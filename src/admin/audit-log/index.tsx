import { Text, View } from '@tarojs/components'
import { ROLE_LABELS } from '@core/roles'
import { PageState } from '../../components/PageState'
import { shanghaiTime } from '../../shared/dates'
import { ListFooter } from '../../shared/ListFooter'
import { describeAuditAction, useAuditLog } from '../../features/roster/useAuditLog'
import { PageRoot } from '../../features/elder/PageRoot'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

export default function AuditLogPage() {
  const log = useAuditLog()
  usePullToReload(log.reload)

  if (!log.items.length) {
    return (
      <PageRoot>
        {log.loading ? (
          <PageState kind="loading" />
        ) : log.error ? (
          <PageState kind="error" message={log.error.message} onRetry={log.reload} />
        ) : (
          <PageState kind="empty" title="还没有操作记录" description="修改花名册、导出完整手机号等操作会记录在这里" />
        )}
      </PageRoot>
    )
  }

  return (
    <PageRoot>
      {log.error ? <RefreshFailedNotice error={log.error} onRetry={log.reload} /> : null}
      {log.items.map((entry) => (
        <View key={entry.id} className="hl-audit__entry">
          <Text className="hl-audit__action">{describeAuditAction(entry.action)}</Text>
          <Text className="hl-audit__line">时间：{shanghaiTime(entry.at, true)}</Text>
          <Text className="hl-audit__line">
            操作人：{ROLE_LABELS[entry.actorRole]}（{entry.actorOpenid}）
          </Text>
          <Text className="hl-audit__line">对象：{entry.target}</Text>
          {entry.detail ? <Text className="hl-audit__detail">{JSON.stringify(entry.detail)}</Text> : null}
        </View>
      ))}
      <ListFooter
        hasMore={log.hasMore}
        loadingMore={log.loadingMore}
        error={log.loadMoreError}
        onLoadMore={log.loadMore}
        count={log.items.length}
      />
    </PageRoot>
  )
}
