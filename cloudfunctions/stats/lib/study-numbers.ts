import type { MonthStatNumbers } from '../../../core/stats/model'
import type { StudyRecordDoc, StudyTotalDoc } from '../../../core/study/model'
import { MINUTES_PER_STUDY_HOUR } from '../../../core/study/rules'
import { isBelowTarget, targetMinutesOf } from '../../../core/study/targets'
import { andWhere, command, findAll } from '../../_core/db'
import { ownOrgPath, sumFor, type MonthContext } from './context'

type StudyNumbers = Pick<
  MonthStatNumbers,
  'studyMinutes' | 'studySelfMinutes' | 'studyDeliveryMinutes' | 'studyYearMinutes' | 'studyTargetMinutes' | 'studyBelowTarget'
>

/**
 * 学时: the month's study records (by Beijing day, the `day` index) split into self study and 送学,
 * and the year so far from the year totals against each member's target (core/study/targets.ts).
 */
export async function studyNumbers(ctx: MonthContext): Promise<Map<string, StudyNumbers>> {
  const _ = command()
  const [records, totals] = await Promise.all([
    findAll<StudyRecordDoc>('studyRecords', andWhere({ day: _.gte(`${ctx.month}-01`) }, { day: _.lte(`${ctx.month}-31`) }), {
      fields: { personId: true, minutes: true, source: true },
    }),
    findAll<StudyTotalDoc>('studyTotals', { year: ctx.year }, { fields: { personId: true, minutes: true } }),
  ])
  const pathOf = new Map(ctx.members.map((m) => [m._id, m.orgPath]))
  const yearOf = new Map(totals.map((t) => [t.personId, t.minutes]))
  const roster = ctx.members.map((m) => {
    const role = ctx.managerRoles.get(m._id) ?? 'member'
    const minutes = yearOf.get(m._id) ?? 0
    return {
      orgPath: m.orgPath,
      minutes,
      target: targetMinutesOf(role, MINUTES_PER_STUDY_HOUR),
      below: isBelowTarget(minutes, role, MINUTES_PER_STUDY_HOUR),
    }
  })
  // Study is for roster members only: a record of someone no longer on the roster counts for nobody.
  const known = records.filter((r) => pathOf.has(r.personId))
  const byPath = (r: StudyRecordDoc) => pathOf.get(r.personId)
  const result = new Map<string, StudyNumbers>()
  for (const org of ctx.statOrgs) {
    result.set(org._id, {
      studyMinutes: sumFor(org, known, byPath, (r) => r.minutes),
      studySelfMinutes: sumFor(
        org,
        known.filter((r) => r.source !== 'delivery'),
        byPath,
        (r) => r.minutes,
      ),
      studyDeliveryMinutes: sumFor(
        org,
        known.filter((r) => r.source === 'delivery'),
        byPath,
        (r) => r.minutes,
      ),
      studyYearMinutes: sumFor(org, roster, ownOrgPath, (m) => m.minutes),
      studyTargetMinutes: sumFor(org, roster, ownOrgPath, (m) => m.target),
      studyBelowTarget: sumFor(org, roster, ownOrgPath, (m) => (m.below ? 1 : 0)),
    })
  }
  return result
}
