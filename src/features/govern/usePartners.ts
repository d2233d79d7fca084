import { useRef } from 'react'
import {
  claimPost,
  dualReport,
  fetchJointMeetings,
  fetchPartners,
  fetchServicePosts,
  logPostHours,
  recordJointMeeting,
  savePartnerProject,
  savePartnerUnit,
  saveServicePost,
  setPartnerRepresentative,
} from '../../services/govern'
import { newAttemptId } from '../../shared/attemptId'
import { afterOk } from '../../shared/outcome'
import { useLoad } from '../../shared/useLoad'
import { useWrite } from '../../shared/useWrite'
import { optionsOfText } from './topicText'
import type { PartnerType } from '@core/community/partners'

/** 共驻共建单位 and their projects. */
export function usePartners() {
  return useLoad('partners', () => fetchPartners())
}

/** 在职党员双报到: the posts, my report, 认领. Loads only for members (`enabled`). */
export function useServicePosts(enabled: boolean) {
  const posts = useLoad(enabled ? 'service-posts' : null, () => fetchServicePosts())
  const write = useWrite()
  const report = (workUnit: string, skills: string) =>
    write.run(async () => afterOk(await dualReport({ workUnit, skills }), () => posts.reload()), 'report')
  const claim = (postId: string) => write.run(async () => afterOk(await claimPost(postId), () => posts.reload()), postId)
  return { posts, report, claim, busyWith: write.busyWith }
}

export interface UnitDraft {
  name: string
  type: PartnerType
  contactName: string
  contactPhone: string
  partyOrg: string
  resources: string
  needs: string
}

/** The committee's desk: units, projects, 联席会议, posts, service minutes — each write with its own attempt id. */
export function usePartnerDesk() {
  const partners = usePartners()
  const meetings = useLoad('joint-meetings', async () => afterOk(await fetchJointMeetings(), (data) => data.items))
  const write = useWrite()
  const keys = useRef({ unit: newAttemptId(), project: newAttemptId(), post: newAttemptId(), hours: newAttemptId() })
  const renew = (key: keyof typeof keys.current) => (keys.current[key] = newAttemptId())
  const saveUnit = (draft: UnitDraft) =>
    write.run(
      async () =>
        afterOk(
          await savePartnerUnit({
            requestId: keys.current.unit,
            ...draft,
            resources: optionsOfText(draft.resources),
            needs: optionsOfText(draft.needs),
          }),
          async () => {
            renew('unit')
            await partners.reload()
          },
        ),
      'unit',
    )
  const saveProject = (fields: { title: string; unitId: string; resource: string; need: string; activityId: string }) =>
    write.run(
      async () =>
        afterOk(
          await savePartnerProject({
            requestId: keys.current.project,
            title: fields.title,
            unitIds: [fields.unitId],
            resource: fields.resource,
            need: fields.need,
            activityId: fields.activityId || null,
          }),
          async () => {
            renew('project')
            await partners.reload()
          },
        ),
      'project',
    )
  const saveMeeting = (fields: { quarter: string; heldOn: string; attendees: string; minutes: string }) =>
    write.run(
      async () =>
        afterOk(
          await recordJointMeeting({
            quarter: fields.quarter,
            heldOn: fields.heldOn,
            attendees: optionsOfText(fields.attendees).map((line) => {
              const [name, ...unit] = line.split(/[\s,，]+/)
              return { name, unit: unit.join(' ') || '社区' }
            }),
            minutes: fields.minutes,
          }),
          () => meetings.reload(),
        ),
      'meeting',
    )
  const savePost = (fields: { title: string; place: string; slots: number }) =>
    write.run(async () => afterOk(await saveServicePost({ requestId: keys.current.post, ...fields }), () => renew('post')), 'post')
  const logHours = (memberId: string, minutes: number) =>
    write.run(async () => afterOk(await logPostHours({ requestId: keys.current.hours, memberId, minutes }), () => renew('hours')), 'hours')
  const setRepresentative = (unitId: string, phone: string | null) =>
    write.run(async () => afterOk(await setPartnerRepresentative(unitId, phone), () => partners.reload()), 'representative')
  return { partners, meetings, saveUnit, saveProject, saveMeeting, savePost, logHours, setRepresentative, busyWith: write.busyWith }
}
