import type { MeetingRecordView, MeetingRegisterResponse, RegisterLine } from '../../../core/contract/activities'
import type {
  ActivityDoc,
  ActivityRecordDoc,
  ActivitySignUpDoc,
  MeetingAttendeeDoc,
  MeetingMinutesDoc,
} from '../../../core/activities/model'
import { expectedOn, registerCounts, registerStateOf } from '../../../core/activities/register'
import { activityPhase } from '../../../core/activities/rules'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { isoOf, isoOrNull } from '../../../core/time'
import { findAll, findById, findByIds } from '../../_core/db'
import { confirmedSignUps } from './sign-ups'
import { toRecordView } from './views'

export const attendeeId = (activityId: string, memberId: string) => `${activityId}:${memberId}`
export const minutesVersionId = (activityId: string, version: number) => `${activityId}:v${version}`

/** The org whose roster is the meeting's 应到: the branch or group the meeting is for. */
export function registerOrgOf(activity: ActivityDoc): string | null {
  return activity.audience.kind === 'org' ? activity.audience.orgId : null
}

/** Is this member on the meeting's 应到 list? */
export function isExpected(activity: ActivityDoc, member: MemberDoc | null): boolean {
  const orgId = registerOrgOf(activity)
  return orgId !== null && member !== null && expectedOn(member, orgId)
}

interface LiveRegister {
  lines: RegisterLine[]
  walkIns: Array<{ personId: string; name: string }>
}

/** The register as it stands now: roster × check-ins × marks × leave. */
async function liveRegister(activity: ActivityDoc, orgId: string): Promise<LiveRegister> {
  const [roster, signUps, attendees] = await Promise.all([
    findAll<MemberDoc>('members', { orgPath: orgId, archived: false }, { size: 500 }),
    confirmedSignUps(activity._id),
    findAll<MeetingAttendeeDoc>('meetingAttendees', { activityId: activity._id }, { size: 500 }),
  ])
  const expected = roster.filter((m) => expectedOn(m, orgId)).sort((a, b) => a.sortKey.localeCompare(b.sortKey))
  const came = new Map<string, ActivitySignUpDoc>()
  for (const s of signUps) if (s.checkedInAt || (s.credited && s.attended)) came.set(s.personId, s)
  const marks = new Map(attendees.map((a) => [a.memberId, a]))
  const helpers = await findByIds<MemberDoc>(
    'members',
    expected.flatMap((m) => (m.elder && m.helperId ? [m.helperId] : [])),
    { name: true },
  )
  const lines = expected.map((member): RegisterLine => {
    const own = marks.get(member._id)
    const signUp = came.get(member._id)
    const leave = own?.leave ?? null
    return {
      memberId: member._id,
      name: member.name,
      elder: member.elder,
      helperName: member.helperId ? (helpers.get(member.helperId)?.name ?? null) : null,
      state: registerStateOf({
        checkedIn: signUp !== undefined,
        mark: own?.mark ?? 'none',
        leave: leave?.status ?? null,
        remote: Boolean(own?.remote),
      }),
      checkedInAt: isoOrNull(signUp?.checkedInAt ?? null),
      mark: own?.mark ?? 'none',
      leave: leave ? { reason: leave.reason, status: leave.status } : null,
      remote: Boolean(own?.remote),
      remoteByName: own?.remote?.byName ?? null,
    }
  })
  const listed = new Set(expected.map((m) => m._id))
  const walkIns = [...came.values()].filter((s) => !listed.has(s.personId)).map((s) => ({ personId: s.personId, name: s.personName }))
  return { lines, walkIns }
}

/**
 * A meeting's register for its organiser. Open or being corrected: live; signed off: the list frozen
 * in the latest version (marks and check-ins made since do not change a signed record).
 */
export async function registerOf(activity: ActivityDoc): Promise<Result<MeetingRegisterResponse>> {
  const orgId = registerOrgOf(activity)
  if (!orgId) return failure('ACTIVITY.NO_REGISTER_ORG')
  const [org, record, versions] = await Promise.all([
    findById<OrgDoc>('orgs', orgId),
    findById<ActivityRecordDoc>('activityRecords', activity._id),
    findAll<MeetingMinutesDoc>('meetingMinutes', { activityId: activity._id }, { size: 100 }),
  ])
  versions.sort((a, b) => a.version - b.version)
  const lock = record?.lock ?? 'open'
  const latest = versions[versions.length - 1]
  const frozen = lock === 'signed' && latest ? latest : null
  const { lines, walkIns } = frozen ? frozenRegister(frozen) : await liveRegister(activity, orgId)
  const minutes: MeetingRecordView | null = frozen
    ? {
        text: frozen.text,
        photos: frozen.photos,
        topics: frozen.topics,
        speakers: frozen.speakers,
        decisions: frozen.decisions,
        attendeeCount: frozen.counts.present,
        recordedAt: isoOf(frozen.signedOffAt),
        recordedByName: frozen.signedOffByName,
      }
    : toRecordView(activity.minutesRecord)
  return success({
    activityId: activity._id,
    title: activity.title,
    kind: activity.kind,
    orgName: org?.name ?? '',
    startAt: isoOf(activity.startAt),
    endAt: isoOf(activity.endAt),
    phase: activityPhase(activity, new Date()),
    lines,
    walkIns,
    counts: frozen
      ? frozen.counts
      : registerCounts(
          lines.map((l) => l.state),
          walkIns.length,
        ),
    minutes,
    lock,
    correction: lock === 'correcting' && record?.correction ? { reason: record.correction.reason, byName: record.correction.byName } : null,
    versions: versions.map((v) => ({
      version: v.version,
      signedOffAt: isoOf(v.signedOffAt),
      signedOffByName: v.signedOffByName,
      correctionReason: v.correctionReason,
    })),
    remote: activity.remote ?? null,
  })
}

function frozenRegister(version: MeetingMinutesDoc): LiveRegister {
  return {
    lines: version.lines.map((line) => ({
      memberId: line.memberId,
      name: line.name,
      elder: line.elder,
      helperName: line.state === 'delivered' ? line.note || null : null,
      state: line.state,
      checkedInAt: isoOrNull(line.checkedInAt ?? null),
      mark: line.mark ?? 'none',
      leave: line.state === 'leave' ? { reason: line.note, status: 'approved' } : null,
      remote: line.remote ?? false,
      remoteByName: line.remoteByName ?? null,
    })),
    walkIns: version.walkIns,
  }
}
