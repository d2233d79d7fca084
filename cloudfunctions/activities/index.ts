import { activitiesActions } from '../../core/contract/activities'
import { createFunction } from '../_core/create-function'
import { counts } from './handlers/counts'
import { ORG_LIFE_TIMER } from './deploy'
import { attendance, confirmAttendance, recordMinutes } from './handlers/attendance'
import { get, list, mySignUps } from './handlers/browse'
import { checkIn, checkInCode, checkOut } from './handlers/check-in'
import { cancelActivity, create, manageList, update } from './handlers/manage'
import { exportYearlyRecord, queueThemeDayReminders, yearlyRecord } from './handlers/org-life'
import { markAttendee, myLeave, register, reopenMinutes, requestLeave, reviewLeave, signOffMinutes } from './handlers/register'
import { outbox, queueDueReminders, recordSubscription, sendReminders, subscriptionTemplates } from './handlers/outbox'
import { cancel, signUp } from './handlers/sign-up'
import { attendRemote, remoteMeetings, setRemote } from './handlers/remote'
import { stats } from './handlers/stats'

/** 活动报名: activities, seats and waitlist, check-in/out, attendance credits, minutes, reminders, stats. */
export const main = createFunction(
  activitiesActions,
  {
    list,
    get,
    create,
    update,
    cancelActivity,
    manageList,
    counts,
    signUp,
    cancel,
    mySignUps,
    checkInCode,
    checkIn,
    checkOut,
    attendance,
    confirmAttendance,
    recordMinutes,
    register,
    markAttendee,
    requestLeave,
    myLeave,
    reviewLeave,
    signOffMinutes,
    reopenMinutes,
    yearlyRecord,
    exportYearlyRecord,
    stats,
    outbox,
    sendReminders,
    subscriptionTemplates,
    recordSubscription,
    setRemote,
    remoteMeetings,
    attendRemote,
  },
  {
    onTimer: async (trigger) =>
      trigger === ORG_LIFE_TIMER ? { queued: await queueThemeDayReminders() } : { queued: await queueDueReminders() },
  },
)
