import type { ActivityDoc, ActivitySignUpDoc } from '../../../core/activities/model'
import { signUpId } from '../../../core/activities/rules'
import type { TxWork } from '../../_core/transaction'
import { promotedText } from './outbox'

/**
 * Gives a freed seat to the first waitlisted person still waiting (inside the caller's transaction):
 * their sign-up becomes confirmed and a `promoted` message is queued. Returns the remaining waitlist.
 */
export async function promoteFirst(
  work: TxWork,
  activity: ActivityDoc,
  waitlist: string[],
  now: Date,
): Promise<{ waitlist: string[]; name: string | null }> {
  const queue = [...waitlist]
  while (queue.length) {
    const personId = queue.shift()!
    const id = signUpId(activity._id, personId)
    const next = await work.get<ActivitySignUpDoc>('activitySignUps', id)
    if (!next || next.status !== 'waitlisted') continue
    work.patch('activitySignUps', id, { status: 'confirmed', updatedAt: now })
    work.add('activityOutbox', {
      type: 'promoted',
      activityId: activity._id,
      activityTitle: activity.title,
      personId,
      toName: next.personName,
      text: promotedText(activity.title, activity.startAt),
      createdAt: now,
      status: 'queued',
      sentAt: null,
    })
    return { waitlist: queue, name: next.personName }
  }
  return { waitlist: queue, name: null }
}
