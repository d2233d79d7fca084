import { TicketCard } from '../../features/community/TicketCard'
import { TicketFeedback } from '../../features/community/TicketFeedback'
import { TicketTimeline } from '../../features/community/TicketTimeline'
import { useTicket } from '../../features/community/useTickets'
import { PageRoot } from '../../features/elder/PageRoot'
import { PageLoaded } from '../../shared/PageLoaded'
import { useRouteId } from '../../shared/useRouteId'

/** One ticket: the problem, its clock, the timeline of every step, and (for the reporter) 评价 / 重新办理. */
export default function TicketPage() {
  const { ticket, rate, reopen, busyWith } = useTicket(useRouteId())
  return (
    <PageRoot>
      <PageLoaded state={ticket} missing={{ title: '没有找到这条诉求', description: '请从「我的诉求」进入。' }}>
        {(data) => (
          <>
            <TicketCard ticket={data} full />
            <TicketFeedback ticket={data} busyWith={busyWith} rate={rate} reopen={reopen} />
            <TicketTimeline ticket={data} />
          </>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
