import type { TicketStatus } from '@core/community/constants'
import { TICKET_STATUSES, TICKET_STATUS_LABELS } from '@core/community/constants'
import { useTicketQueue } from '../../features/community/admin/useTicketDesk'
import { TicketCard } from '../../features/community/TicketCard'
import { PageRoot } from '../../features/elder/PageRoot'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageLoaded } from '../../shared/PageLoaded'
import { useShowAgain } from '../../shared/useShowAgain'

const STATUSES: Array<{ value: TicketStatus | 'all'; label: string }> = [
  ...TICKET_STATUSES.map((value) => ({ value, label: TICKET_STATUS_LABELS[value] })),
  { value: 'all', label: '全部' },
]

/** 诉求办理台: tickets of my subtree by state, with their 20-working-day clock; each opens its desk page. */
export default function TicketQueuePage() {
  const { status, setStatus, list } = useTicketQueue()
  useShowAgain(() => void list.reload())
  return (
    <PageRoot>
      <ChipGroup label="状态" options={STATUSES} value={status} onChange={setStatus} />
      <PageLoaded list={list} empty={{ title: '没有这个状态的诉求', description: '下拉可刷新。' }}>
        {(tickets) => tickets.map((t) => <TicketCard key={t.id} ticket={t} url={`/admin/community-ticket/index?id=${t.id}`} />)}
      </PageLoaded>
    </PageRoot>
  )
}
