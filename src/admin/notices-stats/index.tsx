import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Card } from '../../components/Card'
import { PageState } from '../../components/PageState'
import { Tag } from '../../components/Tag'
import { ListFooter } from '../../shared/ListFooter'
import { PageRoot } from '../../features/elder/PageRoot'
import { useReadStats } from '../../features/notices/useManageNotices'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

export default function NoticeStatsPage() {
  const id = useRouter().params.id || null
  const { summary, list } = useReadStats(id)
  usePullToReload(list.reload)

  if (!summary) {
    return (
      <PageRoot>
        {!id ? (
          <PageState kind="empty" title="没有指定通知" />
        ) : list.error ? (
          <PageState kind="error" message={list.error.message} onRetry={list.reload} />
        ) : (
          <PageState kind="loading" />
        )}
      </PageRoot>
    )
  }
  const share = summary.audienceSize ? Math.round((summary.read / summary.audienceSize) * 100) : 0
  return (
    <PageRoot>
      {list.error ? <RefreshFailedNotice error={list.error} onRetry={list.reload} /> : null}
      <Card title={summary.title}>
        <View className="hl-notice-stats__numbers">
          <Text className="hl-notice-stats__number" data-testid="stats-audience">
            应读 {summary.audienceSize} 人
          </Text>
          <Text className="hl-notice-stats__number" data-testid="stats-read">
            已读 {summary.read} 人（{share}%）
          </Text>
          <Text className="hl-notice-stats__number">未读 {Math.max(0, summary.audienceSize - summary.read)} 人</Text>
        </View>
      </Card>
      <Card title="还没有读的人">
        {!list.items.length && !list.loading ? <Text className="hl-notice-stats__line">大家都读过了。</Text> : null}
        {list.items.map((person) => (
          <View key={person.personId} className="hl-notice-stats__person" data-testid="unread-person">
            <View>
              <Text className="hl-notice-stats__name">{person.name}</Text>
              {person.elder ? <Tag tone="gold">高龄</Tag> : null}
              {person.kind === 'resident' ? <Tag>居民</Tag> : null}
            </View>
            <Text className="hl-notice-stats__line">
              {[person.orgName, person.building, person.phoneMasked].filter(Boolean).join(' · ')}
            </Text>
            {person.helperName ? <Text className="hl-notice-stats__line">结对党员：{person.helperName}（可请其转达）</Text> : null}
          </View>
        ))}
        <ListFooter
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          error={list.loadMoreError}
          onLoadMore={list.loadMore}
          count={list.items.length}
        />
      </Card>
    </PageRoot>
  )
}
