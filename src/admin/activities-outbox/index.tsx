import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { OutboxItem } from '@core/contract'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { PageState } from '../../components/PageState'
import { Tag } from '../../components/Tag'
import { confirmAction, tellProblem } from '../../shared/confirm'
import { ListFooter } from '../../shared/ListFooter'
import { usePagedList } from '../../shared/usePagedList'
import { PageRoot } from '../../features/elder/PageRoot'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import { fetchOutbox, sendReminders } from '../../services/activities'
import './index.scss'

const TYPE_LABELS: Record<OutboxItem['type'], string> = {
  reminder: '开始提醒',
  promoted: '候补递补',
  changed: '时间地点变更',
  cancelled: '活动取消',
}
const STATUS_LABELS: Record<OutboxItem['status'], string> = { queued: '待发送', sent: '已发送', failed: '发送失败' }

/** 活动提醒发件箱 (local cloud): reminders and notices to participants; 发送提醒 queues the due reminders now. */
export default function OutboxPage() {
  const list = usePagedList<OutboxItem>('activity-outbox', (cursor) => fetchOutbox(cursor))
  const [busy, setBusy] = useState(false)
  usePullToReload(list.reload)

  const send = async () => {
    if (!(await confirmAction('发送提醒', '给即将开始的活动中同意提醒的人发送提醒（每人每个活动只提醒一次）。', '发送'))) return
    setBusy(true)
    const reply = await sendReminders()
    setBusy(false)
    if (!reply.ok) return tellProblem('没有发送成功', reply.error.message)
    await tellProblem('已加入发件箱', reply.data.queued ? `新加入 ${reply.data.queued} 条提醒` : '没有需要提醒的人')
    await list.reload()
  }

  let content
  if (list.error && !list.items.length) content = <PageState kind="error" message={list.error.message} onRetry={() => void list.reload()} />
  else if (list.loading && !list.items.length) content = <PageState kind="loading" />
  else if (!list.items.length)
    content = <PageState kind="empty" title="发件箱是空的" description="有人候补递补、活动变更或取消、发送提醒后，消息会显示在这里。" />
  else
    content = (
      <>
        {list.error ? <RefreshFailedNotice error={list.error} onRetry={() => void list.reload()} /> : null}
        {list.items.map((item) => (
          <View key={item.id} className="hl-outbox__item" data-testid="outbox-item">
            <View>
              <Tag tone="red">{TYPE_LABELS[item.type]}</Tag>
              <Tag tone={item.status === 'failed' ? 'gold' : 'neutral'}>{STATUS_LABELS[item.status]}</Tag>
            </View>
            <Text className="hl-outbox__title">
              致 {item.toName} · {item.activityTitle}
            </Text>
            <Text className="hl-outbox__text">{item.text}</Text>
            <Text className="hl-outbox__meta">{formatBeijing(item.createdAt)}</Text>
          </View>
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
      <View className="hl-outbox__top">
        <BigButton block busy={busy || undefined} onClick={() => void send()}>
          发送提醒
        </BigButton>
      </View>
      {content}
    </PageRoot>
  )
}
