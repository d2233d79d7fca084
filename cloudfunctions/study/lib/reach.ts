import type { MemberDoc } from '../../../core/model'
import type { StudyAssignmentDoc, StudyProgressDoc } from '../../../core/study/model'
import { studyProgressId } from '../../../core/study/rules'
import { command, findMany } from '../../_core/db'

/** The assignment keys that reach a member: themselves and every org of their path. */
export function assignmentKeysOf(member: Pick<MemberDoc, '_id' | 'orgPath'>): string[] {
  return [`member:${member._id}`, ...member.orgPath.map((orgId) => `org:${orgId}`)]
}

/** Material id → earliest due date among the assignments that reach the member. */
export async function dueDatesOf(member: Pick<MemberDoc, '_id' | 'orgPath'>): Promise<Map<string, string>> {
  const docs = await findMany<StudyAssignmentDoc>(
    'studyAssignments',
    { targetKey: command().in(assignmentKeysOf(member)) },
    { orderBy: [['dueDate', 'asc']], limit: 500 },
  )
  const due = new Map<string, string>()
  for (const doc of docs) if (!due.has(doc.materialId) || doc.dueDate < due.get(doc.materialId)!) due.set(doc.materialId, doc.dueDate)
  return due
}

/** Material id → minutes the person has studied it (for the given materials). */
export async function progressOf(personId: string, materialIds: string[]): Promise<Map<string, number>> {
  if (!materialIds.length) return new Map()
  const ids = materialIds.map((materialId) => studyProgressId(personId, materialId))
  const docs = await findMany<StudyProgressDoc>('studyProgress', { _id: command().in(ids) }, { limit: ids.length })
  return new Map(docs.map((doc) => [doc.materialId, doc.minutes]))
}

/** For a member (none for anyone else): when each material is due for them and how long they studied these. */
export async function studyOf(
  member: MemberDoc | null,
  materialIds: string[],
): Promise<{ due: Map<string, string>; progress: Map<string, number> }> {
  if (!member) return { due: new Map(), progress: new Map() }
  const [due, progress] = await Promise.all([dueDatesOf(member), progressOf(member._id, materialIds)])
  return { due, progress }
}
