import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ACTIVITY_KINDS, type ActivityKind } from '@core/contract/activities'
import { BigButton } from '../../components/BigButton'
import { PageState } from '../../components/PageState'
import { ActivityCard } from '../../features/activities/ActivityCard'
import { ACTIVITY_KIND_LABELS } from '../../features/activities/labels'
import { useActivityList } from '../../features/activities/useActivityList'
import { ChipGroup } from '../../shared/ChipGroup'
import { ListFooter } from '../../shared/ListFooter'
import { useShowAgain } from '../../shared/useShowAgain'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'

const KIND_OPTIONS: Array<{ value: ActivityKind | 'all'; label: string }> = [
  { value: 'all', label: '全部' },
  ...ACTIVITY_KINDS.map((kind) => ({ value: kind, label: ACTIVITY_KIND_LABELS[kind] })),
]

/** 活动: upcoming activities I may join, by kind, 20 a page, with seats left. */
export default function ActivitiesPage() {
  const { kind, setKind, list } = useActivityList()
  const me = useMe()
  usePullToReload(list.reload)
  // Back from an activity (signed up, cancelled): seats and my status changed.
  useShowAgain(() => void list.reload())

  let content
  if (list.error && !list.items.length) content = <PageState kind="error" message={list.error.message} onRetry={() => void list.reload()} />
  else if (list.loading && !list.items.length) content = <PageState kind="loading" />
  else if (!list.items.length)
    content = (
      <PageState
        kind="empty"
        title={kind ? `近期没有${ACTIVITY_KIND_LABELS[kind]}` : '近期没有可报名的活动'}
        description="新活动发布后会显示在这里。"
      />
    )
  else
    content = (
      <>
        {list.error ? <RefreshFailedNotice error={list.error} onRetry={() => void list.reload()} /> : null}
        {list.items.map((item) => (
          <ActivityCard key={item.id} item={item} />
        ))}
        <ListFooter
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          error={list.loadMoreError}
          onLoadMore={() => void list.loadMore()}
          count={list.items.length}
        />
      </>
    )

  return (
    <PageRoot>
      <View>
        {me.data?.person ? (
          <BigButton kind="secondary" block onClick={() => void Taro.navigateTo({ url: '/pages/activities-mine/index' })}>
            我的活动
          </BigButton>
        ) : null}
        <ChipGroup
          label="活动类型"
          options={KIND_OPTIONS}
          value={kind ?? 'all'}
          onChange={(value) => setKind(value === 'all' ? null : value)}
        />
      </View>
      {content}
    </PageRoot>
  )
}
