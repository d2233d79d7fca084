import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { PageState } from '../../components/PageState'
import { Tag } from '../../components/Tag'
import { ChipGroup } from '../../shared/ChipGroup'
import { shanghaiTime } from '../../shared/dates'
import { ListFooter } from '../../shared/ListFooter'
import { PageRoot } from '../../features/elder/PageRoot'
import { useManagedNotices } from '../../features/notices/useManageNotices'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

export default function NoticesManagePage() {
  const [status, setStatus] = useState<'published' | 'withdrawn'>('published')
  const list = useManagedNotices(status)
  usePullToReload(list.reload)
  // Coming back from the editor: show what changed.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void list.reload()
    shown.current = true
  })

  return (
    <PageRoot>
      <BigButton block onClick={() => void Taro.navigateTo({ url: '/admin/notices-edit/index' })}>
        发布新通知
      </BigButton>
      <ChipGroup
        label="显示"
        options={[
          { value: 'published', label: '已发布' },
          { value: 'withdrawn', label: '已撤回' },
        ]}
        value={status}
        onChange={setStatus}
      />
      {list.error && list.items.length ? <RefreshFailedNotice error={list.error} onRetry={list.reload} /> : null}
      {!list.items.length ? (
        list.loading ? (
          <PageState kind="loading" />
        ) : list.error ? (
          <PageState kind="error" message={list.error.message} onRetry={list.reload} />
        ) : (
          <PageState kind="empty" title={status === 'published' ? '还没有发布通知' : '没有撤回的通知'} />
        )
      ) : (
        list.items.map((notice) => (
          <View key={notice.id} className="hl-notices-manage__item">
            <View>
              {notice.pinned ? <Tag tone="red">置顶</Tag> : null}
              {notice.expired ? <Tag>已过期</Tag> : null}
            </View>
            <Text className="hl-notices-manage__title">{notice.title}</Text>
            <Text className="hl-notices-manage__meta">
              {shanghaiTime(notice.publishedAt, true)} · 发给{notice.audience.label} · {notice.authorName}
            </Text>
            <View className="hl-notices-manage__actions">
              <BigButton kind="secondary" onClick={() => void Taro.navigateTo({ url: `/admin/notices-stats/index?id=${notice.id}` })}>
                阅读情况
              </BigButton>
              <BigButton kind="secondary" onClick={() => void Taro.navigateTo({ url: `/admin/notices-edit/index?id=${notice.id}` })}>
                {notice.status === 'published' ? '修改/撤回' : '查看'}
              </BigButton>
            </View>
          </View>
        ))
      )}
      {list.items.length ? (
        <ListFooter
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          error={list.loadMoreError}
          onLoadMore={list.loadMore}
          count={list.items.length}
        />
      ) : null}
    </PageRoot>
  )
}
