import type { ActivityDoc, MeetingAttendeeDoc } from '../../../core/activities/model'
import type { Handler } from '../../_core/create-function'
import { findByIds, findMany } from '../../_core/db'
import { success } from '../../../core/result'

/** Undecided leave requests are few at any time; more than this many are counted as this many. */
const LEAVES_READ = 100

/** 首页 待办 for a manager: undecided leave requests for meetings in their subtree. */
export const counts: Handler<'activities', 'counts'> = async ({ caller }) => {
  const scopeId = caller.scopeOrg?._id
  if (!scopeId) return success({ leaves: 0 })
  const waiting = await findMany<MeetingAttendeeDoc>('meetingAttendees', { 'leave.status': 'pending' }, { limit: LEAVES_READ })
  const meetings = await findByIds<ActivityDoc>(
    'activities',
    waiting.map((doc) => doc.activityId),
  )
  const leaves = waiting.filter((doc) => meetings.get(doc.activityId)?.scopePath.includes(scopeId)).length
  return success({ leaves })
}
