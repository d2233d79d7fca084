import type { OutboxItem } from '@core/contract'
import { fetchOutbox, sendReminders } from '../../../services/activities'
import { afterOk } from '../../../shared/outcome'
import { usePagedList } from '../../../shared/usePagedList'
import { useWrite } from '../../../shared/useWrite'

/** 活动提醒发件箱 (local cloud): the messages to participants, newest first, and 发送提醒 on demand. */
export function useOutbox() {
  const list = usePagedList<OutboxItem>('activity-outbox', (cursor) => fetchOutbox(cursor))
  const write = useWrite()
  /** Queues the reminders that are due now (the hourly timer does the same); answers how many were new. */
  const sendDue = () =>
    write.run(async () =>
      afterOk(await sendReminders(), async ({ queued }) => {
        await list.reload()
        return queued
      }),
    )
  return { list, busy: write.busy, sendDue }
}
