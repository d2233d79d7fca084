import type { ActivityDoc, ActivityOutboxDoc } from '../../../core/activities/model'
import { success } from '../../../core/result'
import { isLocalCloud, getCloud } from '../../_core/cloud'
import type { HandlerContext, HandlerResult } from '../../_core/create-function'
import { command, findMany, updateWhere } from '../../_core/db'
import { logError } from '../../_core/logger'
import { isoOf } from '../../../core/time'
import { queueMessages, reminderText } from '../lib/outbox'
import { pageBy, viewPage } from '../../_core/paging'

/** Reminders go out for activities starting within this many hours. */
export const REMINDER_HOURS = 24

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
      signUps.map((s) => ({
        _id: `reminder:${activity._id}:${s.personId}`,
        type: 'reminder' as const,
        activityId: activity._id,
        activityTitle: activity.title,
        personId: s.personId,
        toName: s.personName,
        text: reminderText(activity.title, new Date(activity.startAt), activity.place),
      })),
    )
  }
  if (!isLocalCloud()) await deliverQueued()
  return queued
}

/** Production only: sends queued messages as WeChat subscription messages and marks them sent or failed. */
async function deliverQueued(): Promise<void> {
  const queued = await findMany<ActivityOutboxDoc>('activityOutbox', { status: 'queued' }, { orderBy: [['createdAt', 'asc']], limit: 100 })
  const templateId = process.env.HONGLIN_ACTIVITY_TEMPLATE_ID
  for (const message of queued) {
    let status: 'sent' | 'failed' = 'failed'
    try {
      const openid = await openidOf(message.personId)
      if (openid && templateId) {
        await getCloud().openapi.subscribeMessage.send({
          touser: openid,
          templateId,
          page: `pages/activities-detail/index?id=${message.activityId}`,
          data: { thing1: { value: message.activityTitle.slice(0, 20) }, thing2: { value: message.text.slice(0, 20) } },
        })
        status = 'sent'
      }
    } catch (error) {
      logError('activities-outbox', `subscribeMessage.send ${message._id}`, error)
    }
    await updateWhere('activityOutbox', { _id: message._id, status: 'queued' }, { status, sentAt: new Date() })
  }
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
