import type { CommunityOutboxDoc } from '../../../core/community/model'
import type { TxWork } from '../../_core/transaction'

export type OutboxMessage = Omit<CommunityOutboxDoc, 'createdAt' | 'status'>

/**
 * Queues a message in the same transaction as the step it tells of. Its `_id` is the step's own
 * (ticket + timeline position, wish + event), so a step is never told twice. In WeChat a sender
 * turns queued messages into subscription messages; locally they stay in the outbox.
 */
export function tellInTx(work: TxWork, message: OutboxMessage): void {
  const { _id, ...fields } = message
  work.create('communityOutbox', _id, { ...fields, createdAt: new Date(), status: 'queued' })
}
