import { activitiesActions } from '../../core/contract/activities'
import { createFunction } from '../_core/create-function'
import { callerOpenid } from '../_core/identity'
import { attendance, confirmAttendance, recordMinutes } from './handlers/attendance'
import { get, list, mySignUps } from './handlers/browse'
import { checkIn, checkInCode, checkOut } from './handlers/check-in'
import { cancelActivity, create, manageList, update } from './handlers/manage'
import { outbox, queueDueReminders, sendReminders } from './handlers/outbox'
import { cancel, signUp } from './handlers/sign-up'
import { stats } from './handlers/stats'

/** 活动报名: activities, seats and waitlist, check-in/out, attendance credits, minutes, reminders, stats. */
const router = createFunction(activitiesActions, {
  list,
  get,
  create,
  update,
  cancelActivity,
  manageList,
  signUp,
  cancel,
  mySignUps,
  checkInCode,
  checkIn,
  checkOut,
  attendance,
  confirmAttendance,
  recordMinutes,
  stats,
  outbox,
  sendReminders,
})

/**
 * The hourly timer trigger (deploy.ts `timers`) calls the function with `{ Type: 'Timer', … }` and
 * no caller: it queues (and in WeChat sends) reminders. Everything else goes through the router.
 */
export async function main(event: unknown): Promise<unknown> {
  if (typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer' && !callerOpenid()) {
    return { ok: true, data: { queued: await queueDueReminders() } }
  }
  return router(event)
}
