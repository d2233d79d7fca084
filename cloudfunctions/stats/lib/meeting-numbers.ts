import type { ActivityDoc, ActivityRecordDoc } from '../../../core/activities/model'
import { MEETING_KINDS } from '../../../core/activities/constants'
import type { MonthStatNumbers } from '../../../core/stats/model'
import { meetingsOfMonth } from '../../../core/stats/months'
import { findAll, findByIds } from '../../_core/db'
import type { MonthContext } from './context'

type MeetingNumbers = Pick<MonthStatNumbers, 'meetingsRequired' | 'meetingsHeld'>

/**
 * 三会一课 held vs required: per branch, the rule periods ending in the month and whether the branch
 * (or one of its groups, for 党小组会) recorded a meeting in them — the yearly 台账's rule, from the
 * year's meeting records. The committee's numbers are its branches' summed.
 */
export async function meetingNumbers(ctx: MonthContext): Promise<Map<string, MeetingNumbers>> {
  const records = (
    await findAll<ActivityRecordDoc>(
      'activityRecords',
      { year: ctx.year },
      { fields: { activityId: true, kind: true, month: true, orgId: true } },
    )
  ).filter((r) => MEETING_KINDS.includes(r.kind) && r.month <= ctx.month)
  const activities = await findByIds<ActivityDoc>(
    'activities',
    records.map((r) => r.activityId),
    { status: true },
  )
  const held = records.filter((r) => activities.get(r.activityId)?.status !== 'cancelled')
  const parentOf = new Map(ctx.orgs.map((o) => [o._id, o.parentId]))
  const result = new Map<string, MeetingNumbers>()
  const totals = { meetingsRequired: 0, meetingsHeld: 0 }
  for (const org of ctx.statOrgs.filter((o) => o.level === 'branch')) {
    const own = held.filter((r) => r.orgId === org._id || (r.orgId && parentOf.get(r.orgId) === org._id))
    const numbers = meetingsOfMonth(
      ctx.month,
      own.map((r) => ({ kind: r.kind, month: r.month, rate: null })),
    )
    result.set(org._id, { meetingsRequired: numbers.required, meetingsHeld: numbers.held })
    totals.meetingsRequired += numbers.required
    totals.meetingsHeld += numbers.held
  }
  for (const org of ctx.statOrgs.filter((o) => o.level === 'committee')) result.set(org._id, totals)
  return result
}
