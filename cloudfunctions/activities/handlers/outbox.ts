import { MESSAGE_KINDS, type MessageKind } from '../../../core/messages/templates'
import type { ActivityDoc, ActivityOutboxDoc } from '../../../core/activities/model'
import { success } from '../../../core/result'
import type { Handler, HandlerContext, HandlerResult } from '../../_core/create-function'
import { command, findByIds, findMany, updateWhere } from '../../_core/db'
import { configuredTemplates, recordConsent, sendMessage } from '../../_core/messages'
import { isoOf } from '../../../core/time'
import { messagesTo, queueMessages, reminderText } from '../lib/outbox'
import { pageBy, viewPage } from '../../_core/paging'

/** Reminders go out for activities starting within this many hours. */
export const REMINDER_HOURS = 24

export const subscriptionTemplates: Handler<'activities', 'subscriptionTemplates'> = async () =>
  success({ templates: configuredTemplates() })

/** The client's requestSubscribeMessage answer: each 允许 allows one message of that template. */
export const recordSubscription: Handler<'activities', 'recordSubscription'> = async ({ data, caller }) =>
  success({ accepted: await recordConsent(caller.openid, data.requestId, data.results) })

/** The outbox, newest first (the local cloud's stand-in for sent subscription messages). */
export async function outbox({ data }: HandlerContext<'activities', 'outbox'>): HandlerResult<'activities', 'outbox'> {
  const page = await pageBy<ActivityOutboxDoc>('activityOutbox', {}, { by: 'createdAt', direction: 'desc' }, data)
  if (!page.ok) return page
  return success(
    viewPage(page.value, (m) => ({
      id: m._id,
      type: m.type,
      activityId: m.activityId,
      activityTitle: m.activityTitle,
      toName: m.toName,
      text: m.text,
      createdAt: isoOf(m.createdAt),
      status: m.status,
      error: m.error ?? null,
    })),
  )
}

export async function sendReminders(): HandlerResult<'activities', 'sendReminders'> {
  return success({ queued: await queueDueReminders() })
}

/**
 * Queues one reminder (`reminder:<activityId>:<personId>`, so a second run adds nothing) for every
 * confirmed sign-up that asked for reminders, of activities starting within REMINDER_HOURS. In WeChat
 * the timer trigger then sends them with subscribeMessage.send; locally they stay in the outbox.
 */
export async function queueDueReminders(now = new Date()): Promise<number> {
  const _ = command()
  const activities = await findMany<ActivityDoc>(
    'activities',
    { status: 'published', startAt: _.and(_.gt(now), _.lte(new Date(now.getTime() + REMINDER_HOURS * 3_600_000))) },
    {
      orderBy: [['startAt', 'asc']],
      limit: 100,
      fields: { title: true, startAt: true, place: true },
    },
  )
  let queued = 0
  for (const activity of activities) {
    const signUps = await findMany<{ _id: string; personId: string; personName: string }>(
      'activitySignUps',
      { activityId: activity._id, status: 'confirmed', remind: true },
      { limit: 1000, fields: { personId: true, personName: true } },
    )
    queued += await queueMessages(
      messagesTo(signUps, 'reminder', activity, reminderText(activity.title, new Date(activity.startAt), activity.place)),
    )
  }
  await deliverQueued()
  return queued
}

/**
 * Sends the queued messages (oldest first, 100 a run) as subscription messages, each with its kind's
 * template and key mapping, only to people with a consent left for that template; records each one's
 * outcome (sent, skipped-no-consent, refused, failed with WeChat's code). The local cloud answers the
 * same calls with the same rules.
 */
export async function deliverQueued(): Promise<number> {
  // 组织生活 reminders to secretaries have no subscription template yet: they wait in the outbox (README).
  const queued = await findMany<ActivityOutboxDoc & { type: MessageKind }>(
    'activityOutbox',
    { status: 'queued', type: command().in([...MESSAGE_KINDS]) },
    { orderBy: [['createdAt', 'asc']], limit: 100 },
  )
  const activities = await findByIds<ActivityDoc>('activities', new Set(queued.map((m) => m.activityId)))
  for (const message of queued) {
    const activity = activities.get(message.activityId)
    const facts = {
      title: activity?.title ?? message.activityTitle,
      startAt: new Date(activity?.startAt ?? message.createdAt),
      place: activity?.place ?? '',
      ...(activity?.cancelReason ? { note: activity.cancelReason } : {}),
    }
    const outcome = await sendMessage(message.type, await openidOf(message.personId), facts, `id=${message.activityId}`)
    await updateWhere(
      'activityOutbox',
      { _id: message._id, status: 'queued' },
      { status: outcome.status, error: outcome.error, sentAt: new Date() },
    )
  }
  return queued.length
}

async function openidOf(personId: string): Promise<string | null> {
  const [member] = await findMany<{ _id: string; openid: string | null }>(
    'members',
    { _id: personId },
    { limit: 1, fields: { openid: true } },
  )
  if (member) return member.openid
  const [resident] = await findMany<{ _id: string; openid: string }>('residents', { _id: personId }, { limit: 1, fields: { openid: true } })
  return resident?.openid ?? null
}
