import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { TicketView } from '@core/contract'
import { CLOCK_STATE_LABELS, TICKET_CATEGORY_LABELS, TICKET_STATUS_LABELS } from '@core/community/constants'
import { formatBeijing } from '@core/time'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { PhotoGrid } from '../../components/PhotoGrid'
import { Tag } from '../../components/Tag'
import { fileUrl } from '../../services/storage'
import './community.scss'

const CLOCK_TONE = { onTime: 'neutral', nearDue: 'gold', overdue: 'red', done: 'neutral' } as const

/** The clock in words: 「期限 2026-11-03 · 还剩 5 个工作日 · 临近期限」. */
export function clockText(ticket: TicketView): string | null {
  if (!ticket.dueDay || !ticket.clock) return null
  if (ticket.clock === 'done') return `期限 ${ticket.dueDay} · 已办结`
  const left = ticket.clock === 'overdue' ? '已超期' : `还剩 ${ticket.workingDaysLeft ?? 0} 个工作日`
  return `期限 ${ticket.dueDay} · ${left}${ticket.escalated ? ' · 已提交社区党委督办' : ''}`
}

/** One ticket: category, place, text, state and its 20-working-day clock; opens `url` when given. */
export function TicketCard({ ticket, url, full = false }: { ticket: TicketView; url?: string; full?: boolean }) {
  const clock = clockText(ticket)
  return (
    <Card
      title={`${TICKET_CATEGORY_LABELS[ticket.category]} · ${ticket.building}`}
      extra={<Tag tone={ticket.status === 'reported' ? 'gold' : 'neutral'}>{TICKET_STATUS_LABELS[ticket.status]}</Tag>}
    >
      <View onClick={url ? () => void Taro.navigateTo({ url }) : undefined} aria-role={url ? 'link' : undefined}>
        <Text className="hl-community__text">{ticket.text}</Text>
        {full ? <PhotoGrid fileIds={ticket.photos} label="问题照片" urlOf={fileUrl} /> : null}
        <InfoRow label="编号">{ticket.number}</InfoRow>
        <InfoRow label="反映人">{ticket.kind === 'patrol' ? `${ticket.reporterName}（巡查发现）` : ticket.reporterName}</InfoRow>
        <InfoRow label="反映时间">{formatBeijing(ticket.reportedAt)}</InfoRow>
        {ticket.handler ? <InfoRow label="承办">{ticket.handler.name}</InfoRow> : null}
        {clock && ticket.clock ? (
          <InfoRow label="办理期限">
            <Tag tone={CLOCK_TONE[ticket.clock]}>{CLOCK_STATE_LABELS[ticket.clock]}</Tag> {clock}
          </InfoRow>
        ) : null}
        {ticket.result ? <InfoRow label="办理结果">{ticket.result}</InfoRow> : null}
        {full && ticket.resultPhotos.length ? <PhotoGrid fileIds={ticket.resultPhotos} label="办结照片" urlOf={fileUrl} /> : null}
        {ticket.rating ? (
          <InfoRow label="评价">{`${ticket.rating} 星${ticket.ratingComment ? `：${ticket.ratingComment}` : ''}`}</InfoRow>
        ) : null}
      </View>
    </Card>
  )
}
