import type { YearlyMeetingItem, YearlyRecordResponse } from '../../../core/contract/activities'
import { MEETING_KINDS } from '../../../core/activities/constants'
import type { ActivityDoc, ActivityRecordDoc } from '../../../core/activities/model'
import { yearlyRecordOf } from '../../../core/activities/org-life'
import type { OrgDoc } from '../../../core/model'
import { failure, success, type Result } from '../../../core/result'
import { beijingMonth, isoOf } from '../../../core/time'
import { managesOrgPath, type Caller } from '../../_core/caller'
import { command, findAll, findByIds, findById } from '../../_core/db'

/** The branch whose year is asked for: the secretary's own; the committee names one (default: the first). */
async function branchFor(caller: Caller, orgId: string | undefined): Promise<Result<{ branch: OrgDoc; branches: OrgDoc[] }>> {
  const scope = caller.scopeOrg
  if (!scope) return failure('COMMON.FORBIDDEN')
  const all = await findAll<OrgDoc>('orgs', { level: 'branch' }, { size: 200 })
  const branches = all
    .filter((org) => managesOrgPath(caller, [...org.path, org._id]))
    .sort((a, b) => a.sort - b.sort || a._id.localeCompare(b._id))
  if (!branches.length) return failure('COMMON.NOT_FOUND')
  if (orgId === undefined) return success({ branch: branches[0], branches })
  const branch = branches.find((org) => org._id === orgId)
  if (!branch) return (await findById<OrgDoc>('orgs', orgId)) ? failure('COMMON.FORBIDDEN') : failure('COMMON.NOT_FOUND')
  return success({ branch, branches })
}

/**
 * One branch's 组织生活 in a year, read from activityRecords (a meeting counts once its minutes are
 * recorded): the branch's own meetings and its groups' (党小组会), judged against REQUIRED_MEETINGS.
 */
export async function yearlyRecordFor(
  caller: Caller,
  year: number,
  orgId: string | undefined,
  now = new Date(),
): Promise<Result<YearlyRecordResponse>> {
  const found = await branchFor(caller, orgId)
  if (!found.ok) return found
  const { branch, branches } = found.value
  const groups = await findAll<OrgDoc>('orgs', { parentId: branch._id }, { size: 200 })
  const orgIds = [branch._id, ...groups.map((g) => g._id)]
  const records = await findAll<ActivityRecordDoc>('activityRecords', { orgId: command().in(orgIds), year }, { size: 500 })
  const meetingsOnly = records.filter((r) => MEETING_KINDS.includes(r.kind))
  const activities = await findByIds<ActivityDoc>(
    'activities',
    meetingsOnly.map((r) => r.activityId),
    { startAt: true, status: true },
  )
  const held = meetingsOnly.filter((r) => activities.get(r.activityId)?.status !== 'cancelled')
  const record = yearlyRecordOf(
    year,
    held.map((r) => ({ kind: r.kind, month: r.month, rate: r.counts?.rate ?? null })),
    beijingMonth(now),
  )
  const meetings: YearlyMeetingItem[] = held
    .map((r) => ({
      activityId: r.activityId,
      kind: r.kind,
      title: r.title,
      startAt: isoOf(activities.get(r.activityId)?.startAt ?? r.recordedAt),
      counts: r.counts ?? null,
      version: r.lock === 'signed' || r.lock === 'correcting' ? (r.version ?? 0) : 0,
    }))
    .sort((a, b) => a.startAt.localeCompare(b.startAt))
  return success({
    year,
    orgId: branch._id,
    orgName: branch.name,
    branches: branches.map((b) => ({ id: b._id, name: b.name })),
    record,
    meetings,
  })
}
