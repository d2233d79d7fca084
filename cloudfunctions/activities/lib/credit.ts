import type { ActivityDoc, ActivitySignUpDoc } from '../../../core/activities/model'
import { serviceMinutesOf } from '../../../core/activities/rules'
import { toDate } from '../../../core/time'
import { postInTx, rankedPersonOf } from '../../_core/ledger'
import { inTransaction } from '../../_core/transaction'
import { timesOfDoc } from './dates'
import { inSeatLane } from './queue'

/** The ledger key of an attendance credit: one per activity and person, ever. */
export function attendanceKey(activityId: string, personId: string): string {
  return `attendance:${activityId}:${personId}`
}

/**
 * Marks one sign-up attended and credits the activity's points and the person's service minutes
 * through the points bank, in one transaction. Exactly once: the ledger key refuses a second posting
 * and the sign-up remembers it was credited. Returns true when this call credited.
 */
export async function creditAttendance(activityDoc: ActivityDoc, personId: string): Promise<boolean> {
  const activity = timesOfDoc(activityDoc)
  const id = `${activity._id}:${personId}`
  const person = await rankedPersonOf(personId)
  return inSeatLane(id, () =>
    inTransaction(async (work) => {
      const signUp = await work.get<ActivitySignUpDoc>('activitySignUps', id)
      if (!signUp || signUp.status !== 'confirmed' || signUp.credited) return false
      const minutes = serviceMinutesOf(activity, toDate(signUp.checkedInAt), toDate(signUp.checkedOutAt))
      let applied = true
      if (activity.points > 0 || minutes > 0) {
        const posted = await postInTx(work, {
          key: attendanceKey(activity._id, personId),
          accountId: personId,
          amount: activity.points,
          minutes,
          kind: 'attendance',
          reason: `参加活动「${activity.title}」`,
          ref: activity._id,
          ...(person ? { person } : {}),
        })
        applied = posted.ok && posted.value.applied
      }
      work.patch('activitySignUps', id, {
        attended: true,
        credited: true,
        creditedMinutes: minutes,
        creditedPoints: activity.points,
        updatedAt: new Date(),
      })
      return applied
    }),
  )
}
