import type { MaterialDetail, MaterialFields, MaterialsResponse } from '../../../core/contract/study'
import { parseBody } from '../../../core/notices/rich-text'
import { failure, success, type Result } from '../../../core/result'
import { decodeCursor, encodeCursor } from '../../../core/rules/roster'
import type { StudyMaterialDoc } from '../../../core/study/model'
import type { StudyTopic } from '../../../core/study/rules'
import type { HandlerContext } from '../../_core/create-function'
import { command, findById, findMany } from '../../_core/db'
import { inTransaction } from '../../_core/transaction'
import { dueDatesOf, progressOf } from '../lib/reach'
import { toDetail, toListItem } from '../lib/views'

interface ListData {
  topic?: StudyTopic
  includeArchived: boolean
  cursor?: string
  limit: number
}

/** Materials by topic, newest first; archived ones only for the admin who asks for them. */
export async function materials({ data, caller }: HandlerContext<ListData>): Promise<Result<MaterialsResponse>> {
  const after = data.cursor ? decodeCursor(data.cursor) : null
  if (data.cursor && !after) return failure('COMMON.VALIDATION', 'cursor：取值无效', 'cursor')
  const filter: Record<string, unknown> = {}
  if (!(data.includeArchived && caller.role === 'admin')) filter.archived = false
  if (data.topic) filter.topic = data.topic
  if (after) filter.sortKey = command().lt(after)
  const docs = await findMany<StudyMaterialDoc>('studyMaterials', filter, { orderBy: [['sortKey', 'desc']], limit: data.limit + 1 })
  const page = docs.slice(0, data.limit)
  const member = caller.member
  const [due, progress] = member
    ? await Promise.all([
        dueDatesOf(member),
        progressOf(
          member._id,
          page.map((m) => m._id),
        ),
      ])
    : [new Map<string, string>(), new Map<string, number>()]
  return success({
    items: page.map((m) => toListItem(m, due.get(m._id) ?? null, progress.get(m._id) ?? 0)),
    nextCursor: docs.length > data.limit ? encodeCursor(page[page.length - 1].sortKey) : null,
  })
}

export async function material({ data, caller }: HandlerContext<{ materialId: string }>): Promise<Result<{ material: MaterialDetail }>> {
  const doc = await findById<StudyMaterialDoc>('studyMaterials', data.materialId)
  if (!doc || (doc.archived && caller.role !== 'admin')) return failure('COMMON.NOT_FOUND')
  const member = caller.member
  const [due, progress] = member
    ? await Promise.all([dueDatesOf(member), progressOf(member._id, [doc._id])])
    : [new Map<string, string>(), new Map<string, number>()]
  return success({ material: toDetail(doc, due.get(doc._id) ?? null, progress.get(doc._id) ?? 0) })
}

function contentOf(fields: MaterialFields): Result<Partial<StudyMaterialDoc>> {
  if (fields.kind === 'audio' && !fields.audioFileId) return failure('STUDY.FILE_REQUIRED', undefined, 'fields.audioFileId')
  if (fields.kind === 'pdf' && !fields.pdfFileId) return failure('STUDY.FILE_REQUIRED', undefined, 'fields.pdfFileId')
  const body = parseBody(fields.body)
  if (fields.kind === 'article' && !body.length) return failure('STUDY.BODY_REQUIRED', undefined, 'fields.body')
  return success({ ...fields, body })
}

interface UpsertData {
  draftId?: string
  materialId?: string
  version?: number
  fields: MaterialFields
}

/** Adds (id from the form's draft id: a retry adds once) or edits (with the version read) a material. */
export async function upsertMaterial({ data, caller }: HandlerContext<UpsertData>): Promise<Result<{ material: MaterialDetail }>> {
  const content = contentOf(data.fields)
  if (!content.ok) return content
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
