import { useState } from 'react'
import type { TopicView } from '@core/contract'
import type { Audience } from '@core/notices/audience'
import { createTopic, decideTopic, fetchTopic, recordTopicMeeting } from '../../../services/govern'
import { afterOk } from '../../../shared/outcome'
import { useLoad } from '../../../shared/useLoad'
import { useWrite } from '../../../shared/useWrite'
import { useTopicForm } from '../useTopics'
import { attendeesOfText } from '../topicText'

export type AudienceChoice = 'org' | 'building' | 'all'

/** 发起议题 for my branch, a building in it, or (the committee) everyone; optionally from a ticket. */
export function useCreateTopic(initialDay: string, scopeOrgId: string | null, ticketId: string | null, onDone: (topic: TopicView) => void) {
  const [kind, setKind] = useState<AudienceChoice>('org')
  const [building, setBuilding] = useState('')
  const audience = (): Audience =>
    kind === 'all'
      ? { kind: 'all' }
      : kind === 'building'
        ? { kind: 'building', building: building.trim() }
        : { kind: 'org', orgId: scopeOrgId ?? '' }
  const form = useTopicForm(
    initialDay,
    (fields) => createTopic({ ...fields, audience: audience(), ...(ticketId ? { ticketId } : {}) }),
    (data) => onDone(data.topic),
  )
  return { form, kind, setKind, building, setBuilding }
}

/** One topic's desk: publish the decision (after the deadline) and record the 议事会. */
export function useTopicDesk(topicId: string | null) {
  const topic = useLoad(topicId ? `topic-desk:${topicId}` : null, async () =>
    afterOk(await fetchTopic(topicId ?? ''), (data) => data.topic),
  )
  const write = useWrite()
  const decide = (decision: string, followUpActivityId: string) =>
    write.run(
      async () =>
        afterOk(await decideTopic({ topicId: topicId ?? '', decision, followUpActivityId: followUpActivityId || null }), (data) =>
          topic.setData(data.topic),
        ),
      'decide',
    )
  const recordMeeting = (fields: { heldOn: string; place: string; attendees: string; minutes: string }) =>
    write.run(
      async () =>
        afterOk(
          await recordTopicMeeting({
            topicId: topicId ?? '',
            heldOn: fields.heldOn,
            place: fields.place,
            attendees: attendeesOfText(fields.attendees),
            minutes: fields.minutes,
          }),
          (data) => topic.setData(data.topic),
        ),
      'meeting',
    )
  return { topic, decide, recordMeeting, busyWith: write.busyWith }
}
