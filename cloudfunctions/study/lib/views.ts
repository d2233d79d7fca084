import type { MaterialDetail, MaterialListItem } from '../../../core/contract/study'
import type { StudyMaterialDoc } from '../../../core/study/model'

export function toListItem(material: StudyMaterialDoc, dueDate: string | null, studiedMinutes: number): MaterialListItem {
  return {
    id: material._id,
    title: material.title,
    kind: material.kind,
    topic: material.topic,
    summary: material.summary,
    durationMinutes: material.durationMinutes,
    hasAudio: Boolean(material.audioFileId),
    archived: material.archived,
    dueDate,
    studiedMinutes,
  }
}

export function toDetail(material: StudyMaterialDoc, dueDate: string | null, studiedMinutes: number): MaterialDetail {
  return {
    ...toListItem(material, dueDate, studiedMinutes),
    body: material.body,
    audioFileId: material.audioFileId,
    pdfFileId: material.pdfFileId,
    version: material.version,
  }
}
