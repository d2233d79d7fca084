import type { DashboardBranch, DashboardMonth } from '../../../core/contract/stats'
import type { OrgDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { MonthStatDoc } from '../../../core/stats/model'
import { emptyNumbers, monthStatId } from '../../../core/stats/model'
import { monthsEndingWith } from '../../../core/stats/months'
import { beijingMonth, isoOrNull } from '../../../core/time'
import { managesOrgPath } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { findAll, findById, findByIds } from '../../_core/db'

/**
 * 数据看板: the viewed org's summaries of the last `months` months and, for the committee, its
 * branches' over the same months — months × (1 + branches) documents by id, nothing else.
 */
export const dashboard: Handler<'stats', 'dashboard'> = async ({ data, caller }) => {
  const own = caller.scopeOrg!
  const org = !data.orgId || data.orgId === own._id ? own : await findById<OrgDoc>('orgs', data.orgId)
  if (!org || !managesOrgPath(caller, [...org.path, org._id])) return failure('COMMON.NOT_FOUND')
  const months = monthsEndingWith(beijingMonth(new Date()), data.months)
  const branches =
    org.level === 'branch' || org.level === 'group'
      ? []
      : (await findAll<OrgDoc>('orgs', { path: org._id }, { fields: { name: true, level: true, sort: true } }))
          .filter((o) => o.level === 'branch')
          .sort((a, b) => a.sort - b.sort || a._id.localeCompare(b._id))
  const ids = [org, ...branches].flatMap((o) => months.map((m) => monthStatId(o._id, m)))
  const docs = await findByIds<MonthStatDoc>('monthStats', ids)
  const monthsOf = (orgId: string): DashboardMonth[] =>
    months.map((month) => {
      const doc = docs.get(monthStatId(orgId, month))
      if (!doc) return { month, computed: false, ...emptyNumbers() }
      const { _id, orgId: _org, month: _month, year: _year, computedAt: _at, ...numbers } = doc
      return { month, computed: true, ...numbers }
    })
  const latest = docs.get(monthStatId(org._id, months[months.length - 1]))
  return success({
    org: { id: org._id, name: org.name, level: org.level },
    months: monthsOf(org._id),
    branches: branches.map((branch) => branchRow(branch, monthsOf(branch._id))),
    computedAt: isoOrNull(latest?.computedAt ?? null),
    documentsRead: docs.size,
  })
}

type BranchFigure = Exclude<keyof DashboardBranch, 'orgId' | 'name'>

/** How a branch row takes each figure over the window: flows summed, point-in-time figures from the latest month. */
const BRANCH_FIGURES: Record<BranchFigure, 'sum' | 'latest'> = {
  members: 'latest',
  activities: 'sum',
  participants: 'sum',
  volunteerMinutes: 'sum',
  pointsIssued: 'sum',
  pointsRedeemed: 'sum',
  openBalance: 'latest',
  studyYearMinutes: 'latest',
  studyTargetMinutes: 'latest',
  studyBelowTarget: 'latest',
  noticeExpected: 'sum',
  noticeRead: 'sum',
  meetingsRequired: 'sum',
  meetingsHeld: 'sum',
}

/** A branch over the window (the latest month: the last one computed). */
function branchRow(branch: OrgDoc, months: DashboardMonth[]): DashboardBranch {
  const last = [...months].reverse().find((m) => m.computed) ?? months[months.length - 1]
  const figures = (Object.entries(BRANCH_FIGURES) as Array<[BranchFigure, 'sum' | 'latest']>).map(([figure, how]) => [
    figure,
    how === 'sum' ? months.reduce((acc, m) => acc + m[figure], 0) : last[figure],
  ])
  return { orgId: branch._id, name: branch.name, ...(Object.fromEntries(figures) as Record<BranchFigure, number>) }
}
