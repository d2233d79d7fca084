import { effectiveTopicStatus, type TopicDoc } from '../../../core/community/deliberation'
import { failure, success } from '../../../core/result'
import { managesOrgPath } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { findById } from '../../_core/db'
import { inTransaction } from '../../_core/transaction'
import { screenUserContent } from '../lib/screen'
import { toTopicView } from '../lib/topic-views'

/** After the deadline the topic's branch publishes the result and decision, linked to a follow-up activity. */
export const decideTopic: Handler<'community', 'decideTopic'> = async ({ data, caller }) => {
  if (data.followUpActivityId && !(await findById('activities', data.followUpActivityId)))
    return failure('COMMON.NOT_FOUND', '找不到要关联的后续活动', 'followUpActivityId')
  const screened = await screenUserContent(caller, [data.decision])
  if (!screened.ok) return screened
  const result = await inTransaction(async (work) => {
    const found = await work.get<TopicDoc>('topics', data.topicId)
    if (!found || !managesOrgPath(caller, found.scopePath)) return failure('COMMON.NOT_FOUND')
    const now = new Date()
    const status = effectiveTopicStatus(found, now)
    if (status === 'decided') return failure('TOPIC.ALREADY_DECIDED')
    if (status === 'proposed') return failure('TOPIC.NOT_OPEN')
    if (status === 'open') return failure('TOPIC.STILL_OPEN')
    work.patch('topics', found._id, {
      status: 'decided',
      decision: data.decision,
      followUpActivityId: data.followUpActivityId,
      decidedAt: now,
      updatedAt: now,
    })
    work.audit(caller, 'community.decideTopic', found._id, { followUpActivityId: data.followUpActivityId })
    return success(found)
  })
  return result.ok ? success({ topic: await toTopicView(result.value, caller) }) : result
}

/** The 议事会 of a topic: when, where, who (物业 and 业委会 representatives by name), the minutes. */
export const recordTopicMeeting: Handler<'community', 'recordTopicMeeting'> = async ({ data, caller }) => {
  const screened = await screenUserContent(caller, [data.minutes, data.place])
  if (!screened.ok) return screened
  const result = await inTransaction(async (work) => {
    const found = await work.get<TopicDoc>('topics', data.topicId)
    if (!found || !managesOrgPath(caller, found.scopePath)) return failure('COMMON.NOT_FOUND')
    const now = new Date()
    const meeting = {
      heldOn: data.heldOn,
      place: data.place,
      attendees: data.attendees,
      minutes: data.minutes,
      recordedByOpenid: caller.openid,
      recordedAt: now,
    }
    work.patch('topics', found._id, { meeting, updatedAt: now })
    work.audit(caller, 'community.recordTopicMeeting', found._id, { heldOn: data.heldOn, attendees: data.attendees.length })
    return success(found)
  })
  return result.ok ? success({ topic: await toTopicView(result.value, caller) }) : result
}
