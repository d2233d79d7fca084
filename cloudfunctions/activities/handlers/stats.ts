import type { ActivityKind } from '../../../core/contract/activities'
import type { ActivityDoc, ActivitySignUpDoc } from '../../../core/activities/model'
import { maskName } from '../../../core/mask'
import type { OrgDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { Handler } from '../../_core/create-function'
import { command, countWhere, findAll } from '../../_core/db'

const TOP_VOLUNTEERS = 10

/**
 * A year of activities in the caller's subtree (the admin: all): activities per kind per Beijing
 * month, confirmed sign-ups vs attendance, participation per branch and the most active volunteers.
 */
export const stats: Handler<'activities', 'stats'> = async ({ data, caller }) => {
  const scope = caller.scopeOrg
  if (!scope) return failure('COMMON.FORBIDDEN')
  const inScope = caller.role === 'admin' ? {} : { scopePath: scope._id }
  const activities = (
    await findAll<ActivityDoc>(
      'activities',
      { startYear: data.year, ...inScope },
      { fields: { kind: true, startMonth: true, status: true } },
    )
  ).filter((a) => a.status === 'published')

  const perKind = new Map<string, { month: string; kind: ActivityKind; count: number }>()
  for (const a of activities) {
    const key = `${a.startMonth}|${a.kind}`
    const row = perKind.get(key) ?? { month: a.startMonth, kind: a.kind, count: 0 }
    row.count += 1
    perKind.set(key, row)
  }

  let signUps = 0
  const attendedRows: ActivitySignUpDoc[] = []
  const ids = activities.map((a) => a._id)
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = command().in(ids.slice(i, i + 100))
    signUps += await countWhere('activitySignUps', { activityId: chunk, status: 'confirmed' })
    attendedRows.push(
      ...(await findAll<ActivitySignUpDoc>(
        'activitySignUps',
        { activityId: chunk, status: 'confirmed', attended: true },
        { fields: { personId: true, personName: true, orgPath: true, creditedMinutes: true } },
      )),
    )
  }

  const _ = command()
  const branchFilter =
    caller.role === 'admin'
      ? { level: 'branch' }
      : (_.and([{ level: 'branch' }, _.or([{ _id: scope._id }, { path: scope._id }])]) as unknown as Record<string, unknown>)
  const branches = await findAll<OrgDoc>('orgs', branchFilter)
  const branchRows = await Promise.all(
    branches.map(async (branch) => {
      const members = await countWhere('members', { orgPath: branch._id, archived: false })
      const participants = new Set(attendedRows.filter((s) => (s.orgPath ?? []).includes(branch._id)).map((s) => s.personId)).size
      const meetings = await countWhere('activityRecords', { scopePath: branch._id, year: data.year })
      return {
        orgId: branch._id,
        name: branch.name,
        members,
        participants,
        rate: members ? Math.round((participants / members) * 1000) / 1000 : 0,
        meetings,
      }
    }),
  )

  const people = new Map<string, { name: string; activities: number; minutes: number }>()
  for (const s of attendedRows) {
    const row = people.get(s.personId) ?? { name: s.personName, activities: 0, minutes: 0 }
    row.activities += 1
    row.minutes += s.creditedMinutes ?? 0
    people.set(s.personId, row)
  }
  const topVolunteers = [...people.entries()]
    .sort(([idA, a], [idB, b]) => b.activities - a.activities || b.minutes - a.minutes || idA.localeCompare(idB))
    .slice(0, TOP_VOLUNTEERS)
    .map(([, p]) => ({ maskedName: maskName(p.name), activities: p.activities, minutes: p.minutes }))

  return success({
    year: data.year,
    perKindMonth: [...perKind.values()].sort((a, b) => a.month.localeCompare(b.month) || a.kind.localeCompare(b.kind)),
    signUps,
    attended: attendedRows.length,
    branches: branchRows.sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    topVolunteers,
  })
}
