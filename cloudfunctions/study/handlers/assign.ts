import type { AssignmentView } from '../../../core/contract/study'
import type { MemberDoc, OrgDoc } from '../../../core/model'
import { failure, success } from '../../../core/result'
import type { StudyAssignmentDoc, StudyMaterialDoc } from '../../../core/study/model'
import { beijingDay } from '../../../core/time'
import { managesOrgPath } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { findById, findMany } from '../../_core/db'
import { inTransaction } from '../../_core/transaction'

function toView(doc: StudyAssignmentDoc): AssignmentView {
  return {
    id: doc._id,
    materialId: doc.materialId,
    target: { kind: doc.targetKind, id: doc.targetId, name: doc.targetName },
    dueDate: doc.dueDate,
  }
}

/**
 * Assigns a material to an org subtree or one member inside the caller's subtree. The id is
 * material + target, so assigning again only moves the due date (and is audited).
 */
export const assign: Handler<'study', 'assign'> = async ({ data, caller }) => {
  if (data.dueDate < beijingDay(new Date())) return failure('STUDY.DUE_DATE_PAST', undefined, 'dueDate')
  const material = await findById<StudyMaterialDoc>('studyMaterials', data.materialId)
  if (!material || material.archived) return failure('COMMON.NOT_FOUND')
  let target: { key: string; kind: 'org' | 'member'; id: string; name: string; scopePath: string[] }
  if (data.target.kind === 'org') {
    const org = await findById<OrgDoc>('orgs', data.target.orgId)
    if (!org) return failure('ORG.NOT_FOUND')
    const path = [...org.path, org._id]
    if (!managesOrgPath(caller, path)) return failure('COMMON.FORBIDDEN')
    target = { key: `org:${org._id}`, kind: 'org', id: org._id, name: org.name, scopePath: path }
  } else {
    const member = await findById<MemberDoc>('members', data.target.memberId)
    if (!member || member.archived || !managesOrgPath(caller, member.orgPath)) return failure('COMMON.NOT_FOUND')
    target = { key: `member:${member._id}`, kind: 'member', id: member._id, name: member.name, scopePath: member.orgPath }
  }
  const id = `as:${material._id}:${target.key}`
  const doc = await inTransaction(async (work) => {
    const existing = await work.get<StudyAssignmentDoc>('studyAssignments', id)
    if (existing) {
      if (existing.dueDate !== data.dueDate) {
        work.patch('studyAssignments', id, { dueDate: data.dueDate, assignedByOpenid: caller.openid, at: new Date() })
        work.audit(caller, 'study.assign', id, { dueDate: data.dueDate })
      }
      return existing
    }
    work.audit(caller, 'study.assign', id, { materialId: material._id, target: target.key, dueDate: data.dueDate })
    return work.create<StudyAssignmentDoc>('studyAssignments', id, {
      materialId: material._id,
      targetKey: target.key,
      targetKind: target.kind,
      targetId: target.id,
      targetName: target.name,
      scopePath: target.scopePath,
      dueDate: data.dueDate,
      assignedByOpenid: caller.openid,
      at: new Date(),
    })
  })
  return success({ assignment: toView(doc) })
}

/** A material's assignments inside the caller's subtree. */
export const assignments: Handler<'study', 'assignments'> = async ({ data, caller }) => {
  const docs = await findMany<StudyAssignmentDoc>('studyAssignments', { materialId: data.materialId }, { limit: 500 })
  return success({ items: docs.filter((doc) => managesOrgPath(caller, doc.scopePath)).map(toView) })
}
