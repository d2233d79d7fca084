import type { MaterialFields } from '../../../core/contract/study'
import { parseBody } from '../../../core/notices/rich-text'
import { failure, success, type Result } from '../../../core/result'
import type { StudyMaterialDoc } from '../../../core/study/model'
import { screenText } from '../../_core/content-security'
import type { Handler } from '../../_core/create-function'
import { findById } from '../../_core/db'
import { pageBy, viewPage } from '../../_core/paging'
import { inTransaction } from '../../_core/transaction'
import { studyOf } from '../lib/reach'
import { toDetail, toListItem } from '../lib/views'

/** Materials by topic, newest first; archived ones only for the admin who asks for them. */
export const materials: Handler<'study', 'materials'> = async ({ data, caller }) => {
  const filter: Record<string, unknown> = {}
  if (!(data.includeArchived && caller.role === 'admin')) filter.archived = false
  if (data.topic) filter.topic = data.topic
  const page = await pageBy<StudyMaterialDoc>('studyMaterials', filter, { by: 'sortKey', direction: 'desc', unique: true }, data)
  if (!page.ok) return page
  const { due, progress } = await studyOf(
    caller.member,
    page.value.items.map((m) => m._id),
  )
  return success(viewPage(page.value, (m) => toListItem(m, due.get(m._id) ?? null, progress.get(m._id) ?? 0)))
}

export const material: Handler<'study', 'material'> = async ({ data, caller }) => {
  const doc = await findById<StudyMaterialDoc>('studyMaterials', data.materialId)
  if (!doc || (doc.archived && caller.role !== 'admin')) return failure('COMMON.NOT_FOUND')
  const { due, progress } = await studyOf(caller.member, [doc._id])
  return success({ material: toDetail(doc, due.get(doc._id) ?? null, progress.get(doc._id) ?? 0) })
}

function contentOf(fields: MaterialFields): Result<Partial<StudyMaterialDoc>> {
  if (fields.kind === 'audio' && !fields.audioFileId) return failure('STUDY.FILE_REQUIRED', undefined, 'fields.audioFileId')
  if (fields.kind === 'pdf' && !fields.pdfFileId) return failure('STUDY.FILE_REQUIRED', undefined, 'fields.pdfFileId')
  const body = parseBody(fields.body)
  if (fields.kind === 'article' && !body.length) return failure('STUDY.BODY_REQUIRED', undefined, 'fields.body')
  return success({ ...fields, body })
}

/** Adds (id from the form's draft id: a retry adds once) or edits (with the version read) a material. */
export const upsertMaterial: Handler<'study', 'upsertMaterial'> = async ({ data, caller }) => {
  const content = contentOf(data.fields)
  if (!content.ok) return content
  const text = await screenText(caller, [data.fields.title, data.fields.summary, data.fields.body], 'forum')
  if (!text.ok) return text
  if (!data.materialId && !data.draftId) return failure('COMMON.VALIDATION', 'draftId：必填', 'draftId')
  if (data.materialId && data.version === undefined) return failure('COMMON.VALIDATION', 'version：必填', 'version')
  const now = new Date()
  const outcome = await inTransaction(async (work): Promise<Result<StudyMaterialDoc>> => {
    if (data.materialId) {
      const existing = await work.get<StudyMaterialDoc>('studyMaterials', data.materialId)
      if (!existing) return failure('COMMON.NOT_FOUND')
      if (existing.version !== data.version) return failure('COMMON.CONFLICT')
      work.patch('studyMaterials', existing._id, { ...content.value, version: existing.version + 1, updatedAt: now })
      work.audit(caller, 'study.upsertMaterial', existing._id, { title: data.fields.title, version: existing.version + 1 })
      return success(existing)
    }
    const id = `sm-${data.draftId}`
    const existing = await work.get<StudyMaterialDoc>('studyMaterials', id)
    if (existing) return success(existing)
    const created = work.create<StudyMaterialDoc>('studyMaterials', id, {
      ...content.value,
      sortKey: `${now.toISOString()}|${id}`,
      version: 1,
      createdAt: now,
      updatedAt: now,
    })
    work.audit(caller, 'study.upsertMaterial', id, { title: data.fields.title, created: true })
    return success(created)
  })
  if (!outcome.ok) return outcome
  return success({ material: toDetail(outcome.value, null, 0) })
}
