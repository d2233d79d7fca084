import type { SignUpView } from '../../../core/contract/activities'
import { checkInQrText, codeMatches, currentCode, type CheckInMode } from '../../../core/activities/checkin-code'
import type { ActivityDoc, ActivitySignUpDoc } from '../../../core/activities/model'
import { inCheckInWindow, signUpId } from '../../../core/activities/rules'
import { failure, success, type Result } from '../../../core/result'
import { writeAudit } from '../../_core/audit'
import type { Handler, HandlerContext } from '../../_core/create-function'
import { findById, updateWhere } from '../../_core/db'
import { managedActivity, managesActivity } from '../lib/access'
import { creditAttendance } from '../lib/credit'
import { timesOfDoc } from '../lib/dates'
import { personOf } from '../../_core/person'
import { toSignUpView } from '../lib/views'

/** The organiser's current code (6 digits, new every 30 s) and the QR text, inside the check-in window. */
export const checkInCode: Handler<'activities', 'checkInCode'> = async ({ data, caller }) => {
  const managed = await managedActivity(caller, data.activityId)
  if (!managed.ok) return managed
  const activity = timesOfDoc(managed.value)
  if (activity.status === 'cancelled') return failure('ACTIVITY.CANCELLED')
  const now = new Date()
  if (!inCheckInWindow(activity, now)) return failure('ACTIVITY.OUTSIDE_CHECKIN_WINDOW')
  const { code, expiresAt } = currentCode(activity.checkInSecret, activity._id, data.mode, now)
  return success({ code, qrText: checkInQrText(activity._id, data.mode, code), mode: data.mode, expiresAt: expiresAt.toISOString() })
}

export const checkIn = (ctx: HandlerContext<'activities', 'checkIn'>) => check(ctx, 'in')
export const checkOut = (ctx: HandlerContext<'activities', 'checkOut'>) => check(ctx, 'out')

/**
 * A participant checks in/out with the current (or previous) code inside the window; the organiser
 * checks someone in/out by hand (`personId`, audited). Only confirmed sign-ups; a repeat changes nothing.
 * When the activity needs no confirmation, check-out credits the attendance at once.
 */
async function check(
  { data, caller }: HandlerContext<'activities', 'checkIn' | 'checkOut'>,
  mode: CheckInMode,
): Promise<Result<{ signUp: SignUpView; duplicate: boolean }>> {
  const stored = await findById<ActivityDoc>('activities', data.activityId)
  if (!stored) return failure('COMMON.NOT_FOUND')
  const activity = timesOfDoc(stored)
  const manual = data.personId !== undefined
  let personId: string
  if (manual) {
    if (!(await managesActivity(caller, activity))) return failure('COMMON.FORBIDDEN')
    personId = data.personId!
  } else {
    const me = personOf(caller)
    if (!me) return failure('ACTIVITY.NOT_SIGNED_UP')
    if (!data.code) return failure('COMMON.VALIDATION', '请输入签到码', 'code')
    personId = me.id
  }
  if (activity.status === 'cancelled') return failure('ACTIVITY.CANCELLED')
  const now = new Date()
  if (!inCheckInWindow(activity, now)) return failure('ACTIVITY.OUTSIDE_CHECKIN_WINDOW')
  if (!manual && !codeMatches(activity.checkInSecret, activity._id, mode, data.code!, now)) return failure('ACTIVITY.CODE_INVALID')

  const id = signUpId(activity._id, personId)
  const signUp = await findById<ActivitySignUpDoc>('activitySignUps', id)
  if (!signUp || signUp.status !== 'confirmed') return failure('ACTIVITY.NOT_SIGNED_UP')
  if (mode === 'out' && !signUp.checkedInAt) return failure('ACTIVITY.NOT_CHECKED_IN')
  const field = mode === 'in' ? 'checkedInAt' : 'checkedOutAt'
  if (signUp[field]) return success({ signUp: toSignUpView(signUp), duplicate: true })

  const changes =
    mode === 'in' ? { checkedInAt: now, checkInBy: manual ? 'manual' : 'code', updatedAt: now } : { checkedOutAt: now, updatedAt: now }
  const changed = await updateWhere('activitySignUps', { _id: id, status: 'confirmed', [field]: null }, changes)
  if (manual && changed)
    await writeAudit(caller, mode === 'in' ? 'activities.manualCheckIn' : 'activities.manualCheckOut', id, { personId })
  if (changed && mode === 'out' && !activity.requiresConfirmation) await creditAttendance(activity, personId)
  const after = await findById<ActivitySignUpDoc>('activitySignUps', id)
  return success({ signUp: toSignUpView(after ?? signUp), duplicate: changed === 0 })
}
