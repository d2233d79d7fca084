import type { ActivityDoc, ActivitySignUpDoc } from '../../../core/activities/model'
import type { MonthStatNumbers } from '../../../core/stats/model'
import { command, findAll } from '../../_core/db'
import { chunksOf, countsFor, sumFor, type MonthContext } from './context'

type ActivityNumbers = Pick<MonthStatNumbers, 'activities' | 'signUps' | 'attended' | 'participants' | 'volunteerMinutes'>

/**
 * Activities that started in the month (not cancelled, already begun) and their confirmed sign-ups:
 * read by the month (startYear index, then the month's activities' sign-ups), never the whole history.
 */
export async function activityNumbers(ctx: MonthContext): Promise<Map<string, ActivityNumbers>> {
  const activities = (
    await findAll<ActivityDoc>(
      'activities',
      { startYear: ctx.year, startMonth: ctx.month, status: 'published' },
      { fields: { scopePath: true, startAt: true } },
    )
  ).filter((a) => new Date(a.startAt).getTime() <= ctx.now.getTime())
  const signUps: ActivitySignUpDoc[] = []
  for (const chunk of chunksOf(activities.map((a) => a._id))) {
    signUps.push(
      ...(await findAll<ActivitySignUpDoc>(
        'activitySignUps',
        { activityId: command().in(chunk), status: 'confirmed' },
        { fields: { personId: true, orgPath: true, attended: true, creditedMinutes: true } },
      )),
    )
  }
  const attended = signUps.filter((s) => s.attended)
  const result = new Map<string, ActivityNumbers>()
  for (const org of ctx.statOrgs) {
    result.set(org._id, {
      activities: activities.filter((a) => (a.scopePath ?? []).includes(org._id)).length,
      signUps: sumFor(
        org,
        signUps,
        (s) => s.orgPath,
        () => 1,
      ),
      attended: sumFor(
        org,
        attended,
        (s) => s.orgPath,
        () => 1,
      ),
      participants: new Set(attended.filter((s) => countsFor(org, s.orgPath)).map((s) => s.personId)).size,
      volunteerMinutes: sumFor(
        org,
        attended,
        (s) => s.orgPath,
        (s) => s.creditedMinutes ?? 0,
      ),
    })
  }
  return result
}
