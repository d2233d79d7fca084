import type { ActivityOutboxDoc } from '../../../core/activities/model'
import { formatBeijing } from '../../../core/time'
import { findMany, insertMany } from '../../_core/db'
import { command } from '../../_core/db'
import { isDuplicateKeyError } from '../../_core/db-errors'

export type OutboxMessage = Omit<ActivityOutboxDoc, 'createdAt' | 'status' | 'sentAt'>

/**
 * Queues messages with deterministic `_id`s: a retried run finds those already queued and adds only
 * the rest. Returns how many were new.
 */
export async function queueMessages(messages: OutboxMessage[]): Promise<number> {
  let added = 0
  for (let i = 0; i < messages.length; i += 100) {
    const chunk = messages.slice(i, i + 100)
    const existing = await findMany<{ _id: string }>(
      'activityOutbox',
      { _id: command().in(chunk.map((m) => m._id)) },
      { limit: chunk.length, fields: { _id: true } },
    )
    const seen = new Set(existing.map((doc) => doc._id))
    const fresh = chunk.filter((m) => !seen.has(m._id)).map((m) => ({ ...m, createdAt: new Date(), status: 'queued', sentAt: null }))
    if (!fresh.length) continue
    try {
      await insertMany('activityOutbox', fresh)
      added += fresh.length
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error
      // A parallel run queued some of them: fall back to one at a time.
      for (const doc of fresh) {
        try {
          await insertMany('activityOutbox', [doc])
          added += 1
        } catch (inner) {
          if (!isDuplicateKeyError(inner)) throw inner
        }
      }
    }
  }
  return added
}

/**
 * One message about `activity` to each of `signUps`, all with the same `text`. Its id is
 * `<type>:<activity id>[:<version>]:<person id>`: one message per person and occasion (and per version
 * for a change), so a repeated run queues nothing twice.
 */
export function messagesTo(
  signUps: ReadonlyArray<{ personId: string; personName: string }>,
  type: OutboxMessage['type'],
  activity: { _id: string; title: string },
  text: string,
  version?: string,
): OutboxMessage[] {
  const occasion = version ? `${type}:${activity._id}:${version}` : `${type}:${activity._id}`
  return signUps.map((s) => ({
    _id: `${occasion}:${s.personId}`,
    type,
    activityId: activity._id,
    activityTitle: activity.title,
    personId: s.personId,
    toName: s.personName,
    text,
  }))
}

export function promotedText(title: string, startAt: Date): string {
  return `候补成功：您已递补参加「${title}」（${formatBeijing(startAt)}），请准时参加。`
}

export function changedText(title: string, startAt: Date, place: string): string {
  return `活动变更：「${title}」改为 ${formatBeijing(startAt)} 在 ${place} 举行。`
}

export function cancelledText(title: string, reason: string): string {
  return `活动取消：「${title}」已取消。原因：${reason}`
}

export function reminderText(title: string, startAt: Date, place: string): string {
  return `活动提醒：「${title}」将于 ${formatBeijing(startAt)} 在 ${place} 开始。`
}
