import { View } from '@tarojs/components'
import type { OutboxItem } from '@core/contract'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { confirmAction, tellProblem } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { useOutbox } from '../../features/activities/admin/useOutbox'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'

const TYPE_LABELS: Record<OutboxItem['type'], string> = {
  reminder: '开始提醒',
  promoted: '候补递补',
  changed: '时间地点变更',
  cancelled: '活动取消',
  orgLife: '组织生活提醒',
}
const STATUS_LABELS: Record<OutboxItem['status'], string> = {
  queued: '待发送',
  sent: '已发送',
  'skipped-no-consent': '未订阅，未发送',
  refused: '被拒收',
  failed: '发送失败',
}

/**
 * 活动消息发件箱: reminders and notices to participants, each with what WeChat answered (sent, not
 * subscribed, refused 43101, failed with its code); 发送提醒 queues the due reminders and sends the queue now.
 */
export default function OutboxPage() {
  const { list, busy, sendDue } = useOutbox()

  const send = async () => {
    if (!(await confirmAction('发送提醒', '给即将开始的活动中同意提醒的人发送提醒（每人每个活动只提醒一次）。', '发送'))) return
    const outcome = await sendDue()
    if (!outcome.ok) return tellProblem('没有发送成功', outcome.error.message)
    await tellProblem('已加入发件箱', outcome.data ? `新加入 ${outcome.data} 条提醒` : '没有需要提醒的人')
  }

  return (
    <PageRoot>
      <View className="hl-outbox__top">
        <BigButton block busy={busy || undefined} onClick={() => void send()}>
          发送提醒
        </BigButton>
      </View>
      <PageLoaded
        list={list}
        empty={{ title: '发件箱是空的', description: '有人候补递补、活动变更或取消、发送提醒后，消息会显示在这里。' }}
      >
        {(items) =>
          items.map((item) => (
            <RecordRow
              key={item.id}
              testId="outbox-item"
              tags={
                <>
                  <Tag tone="red">{TYPE_LABELS[item.type]}</Tag>
                  <Tag tone={item.status === 'sent' || item.status === 'queued' ? 'neutral' : 'gold'}>{STATUS_LABELS[item.status]}</Tag>
                </>
              }
              title={`致 ${item.toName} · ${item.activityTitle}`}
              text={item.text}
              lines={[formatBeijing(item.createdAt), ...(item.error ? [`微信答复：${item.error.message}`] : [])]}
            />
          ))
        }
      </PageLoaded>
    </PageRoot>
  )
}
