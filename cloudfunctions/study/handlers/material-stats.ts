import type { MaterialStudyPerson, MaterialStudyState } from '../../../core/contract/study-figures'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { StudyAssignmentDoc, StudyMaterialDoc, StudyProgressDoc } from '../../../core/study/model'
import type { Handler } from '../../_core/create-function'
import { findAll, findById } from '../../_core/db'
import { badCursor } from '../../_core/paging'
import { describePerson, helperNamesOf, pageAfter, rosterScopeOf, viewedOrgOf } from '../lib/roster-scope'

/** An assignment reaches the viewed org when it lies inside it, or is for an org above it (the whole community). */
function reaches(org: OrgDoc, assignment: StudyAssignmentDoc): boolean {
  if (assignment.scopePath.includes(org._id)) return true
  return assignment.targetKind === 'org' && org.path.includes(assignment.targetId)
}

/** The materials assigned inside the viewed org (or to an org above it), each with its earliest due date. */
export const assignedMaterials: Handler<'study', 'assignedMaterials'> = async ({ data, caller }) => {
  const org = await viewedOrgOf(caller, data.orgId)
  if (!org) return failure('COMMON.NOT_FOUND')
  const assignments = (await findAll<StudyAssignmentDoc>('studyAssignments', {})).filter((a) => reaches(org, a))
  const byMaterial = new Map<string, { dueDate: string; targets: string[] }>()
  for (const a of assignments) {
    const entry = byMaterial.get(a.materialId) ?? { dueDate: a.dueDate, targets: [] }
    if (a.dueDate < entry.dueDate) entry.dueDate = a.dueDate
    entry.targets.push(a.targetName)
    byMaterial.set(a.materialId, entry)
  }
  const materials = await findAll<StudyMaterialDoc>('studyMaterials', { archived: false }, { fields: { title: true, kind: true } })
  return success({
    items: materials
      .filter((m) => byMaterial.has(m._id))
      .map((m) => ({ materialId: m._id, title: m.title, kind: m.kind, ...byMaterial.get(m._id)! }))
      .sort((a, b) => b.dueDate.localeCompare(a.dueDate) || a.title.localeCompare(b.title)),
  })
}

/**
 * Who an assigned material reaches in the viewed org, and who studied it by their due date, later,
 * or not yet; a page of one of these lists in the roster's order.
 */
export const materialStudyStats: Handler<'study', 'materialStudyStats'> = async ({ data, caller }) => {
  const org = await viewedOrgOf(caller, data.orgId)
  if (!org) return failure('COMMON.NOT_FOUND')
  const material = await findById<StudyMaterialDoc>('studyMaterials', data.materialId)
  if (!material) return failure('COMMON.NOT_FOUND')
  const assignments = (await findAll<StudyAssignmentDoc>('studyAssignments', { materialId: material._id })).filter((a) => reaches(org, a))
  if (!assignments.length) return failure('STUDY.NOT_ASSIGNED')
  const [scope, progress] = await Promise.all([
    rosterScopeOf(org),
    findAll<StudyProgressDoc>('studyProgress', { materialId: material._id }, { fields: { personId: true, minutes: true, firstDay: true } }),
  ])
  const progressOf = new Map(progress.map((p) => [p.personId, p]))
  const people = scope.members.flatMap((member) => {
    const due = dueDateFor(member, assignments)
    if (!due) return []
    const studied = progressOf.get(member._id)
    return [{ member, due, minutes: studied?.minutes ?? 0, firstDay: studied?.firstDay ?? null, state: stateOf(studied, due) }]
  })
  const listed = data.state === 'all' ? people : people.filter((p) => p.state === data.state)
  const page = pageAfter(listed, (p) => p.member.sortKey, data.cursor, data.limit)
  if (!page) return badCursor()
  const helpers = await helperNamesOf(
    scope,
    page.items.map((p) => p.member),
  )
  const count = (state: MaterialStudyState) => people.filter((p) => p.state === state).length
  return success({
    material: { id: material._id, title: material.title, kind: material.kind },
    dueDate: assignments.reduce((min, a) => (a.dueDate < min ? a.dueDate : min), assignments[0].dueDate),
    assigned: people.length,
    onTime: count('onTime'),
    late: count('late'),
    notStudied: count('notStudied'),
    people: page.items.map((p): MaterialStudyPerson => ({
      ...describePerson(scope, p.member, helpers.get(p.member._id)),
      studiedMinutes: p.minutes,
      firstDay: p.firstDay,
      state: p.state,
    })),
    nextCursor: page.nextCursor,
  })
}

/** The earliest due date among the assignments that reach this member (null: none does). */
function dueDateFor(member: MemberDoc, assignments: StudyAssignmentDoc[]): string | null {
  let due: string | null = null
  for (const a of assignments) {
    const hit = a.targetKind === 'member' ? a.targetId === member._id : member.orgPath.includes(a.targetId)
    if (hit && (!due || a.dueDate < due)) due = a.dueDate
  }
  return due
}

/** Studied by the due date (a first day unknown from before days were kept counts as on time), later, or not yet. */
function stateOf(progress: StudyProgressDoc | undefined, due: string): MaterialStudyState {
  if (!progress || progress.minutes <= 0) return 'notStudied'
  return !progress.firstDay || progress.firstDay <= due ? 'onTime' : 'late'
}
