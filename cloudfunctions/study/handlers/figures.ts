import type { BranchStudyRow, MemberStudyRow, StudyFigureTotals } from '../../../core/contract/study-figures'
import type { MemberDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { StudyTotalDoc } from '../../../core/study/model'
import { MINUTES_PER_STUDY_HOUR, studyHours } from '../../../core/study/rules'
import { isBelowTarget, STUDY_TARGETS, studyTargetOf } from '../../../core/study/targets'
import { beijingYear } from '../../../core/time'
import type { Handler } from '../../_core/create-function'
import { findAll } from '../../_core/db'
import { badCursor } from '../../_core/paging'
import { describePerson, helperNamesOf, managerRolesOf, pageAfter, rosterScopeOf, viewedOrgOf } from '../lib/roster-scope'

interface MemberFigure {
  member: MemberDoc
  role: string
  minutes: number
  selfMinutes: number
  deliveryMinutes: number
  remoteMinutes: number
  below: boolean
}

/**
 * 学习情况: this year's 学时 of every member under the viewed org against their target, the totals,
 * one row per branch for the committee, and a page of members (or of those below target).
 */
export const studyFigures: Handler<'study', 'studyFigures'> = async ({ data, caller }) => {
  const org = await viewedOrgOf(caller, data.orgId)
  if (!org) return failure('COMMON.NOT_FOUND')
  const year = data.year ?? beijingYear(new Date())
  const [scope, totals] = await Promise.all([
    rosterScopeOf(org),
    findAll<StudyTotalDoc>(
      'studyTotals',
      { year },
      { fields: { personId: true, minutes: true, selfMinutes: true, deliveryMinutes: true, remoteMinutes: true } },
    ),
  ])
  const roles = await managerRolesOf(scope.members)
  const totalOf = new Map(totals.map((t) => [t.personId, t]))
  const figures = scope.members.map((member) => figureOf(member, roles.get(member._id) ?? 'member', totalOf.get(member._id)))

  const listed = data.belowOnly ? figures.filter((f) => f.below) : figures
  const page = pageAfter(listed, (f) => f.member.sortKey, data.cursor, data.limit)
  if (!page) return badCursor()
  const helpers = await helperNamesOf(
    scope,
    page.items.map((f) => f.member),
  )
  const branches: BranchStudyRow[] = scope.branches.map((branch) => ({
    orgId: branch._id,
    name: branch.name,
    ...totalsOf(figures.filter((f) => f.member.orgPath.includes(branch._id))),
  }))
  return success({
    year,
    minutesPerHour: MINUTES_PER_STUDY_HOUR,
    org: { id: org._id, name: org.name },
    targets: STUDY_TARGETS.map((row) => ({ label: row.label, hours: row.hours })),
    totals: totalsOf(figures),
    branches,
    members: page.items.map((f) => toRow(describePerson(scope, f.member, helpers.get(f.member._id)), f)),
    nextCursor: page.nextCursor,
  })
}

function figureOf(member: MemberDoc, role: string, total: StudyTotalDoc | undefined): MemberFigure {
  const minutes = total?.minutes ?? 0
  const deliveryMinutes = total?.deliveryMinutes ?? 0
  const selfMinutes = total?.selfMinutes ?? minutes - deliveryMinutes
  const remoteMinutes = total?.remoteMinutes ?? 0
  return { member, role, minutes, selfMinutes, deliveryMinutes, remoteMinutes, below: isBelowTarget(minutes, role, MINUTES_PER_STUDY_HOUR) }
}

function totalsOf(figures: MemberFigure[]): StudyFigureTotals {
  const sum = (pick: (f: MemberFigure) => number) => figures.reduce((acc, f) => acc + pick(f), 0)
  const minutes = sum((f) => f.minutes)
  return {
    members: figures.length,
    minutes,
    selfMinutes: sum((f) => f.selfMinutes),
    deliveryMinutes: sum((f) => f.deliveryMinutes),
    remoteMinutes: sum((f) => f.remoteMinutes),
    meanHours: figures.length ? Math.round((minutes / figures.length / MINUTES_PER_STUDY_HOUR) * 10) / 10 : 0,
    belowTarget: figures.filter((f) => f.below).length,
  }
}

function toRow(person: ReturnType<typeof describePerson>, f: MemberFigure): MemberStudyRow {
  const target = studyTargetOf(f.role)
  return {
    ...person,
    hours: studyHours(f.minutes),
    minutes: f.minutes,
    selfMinutes: f.selfMinutes,
    deliveryMinutes: f.deliveryMinutes,
    remoteMinutes: f.remoteMinutes,
    targetHours: target.hours,
    targetLabel: target.label,
    belowTarget: f.below,
  }
}
