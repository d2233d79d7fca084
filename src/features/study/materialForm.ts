import type { MaterialDetail, MaterialFields } from '@core/contract'
import { formatBody } from '@core/notices/rich-text'
import type { MaterialKind, StudyTopic } from '@core/study/rules'
import { INTERVAL_MAX_MINUTES, STUDY_TOPICS } from '@core/study/rules'

/** The material form as the admin fills it. */
export interface MaterialFormValues {
  title: string
  kind: MaterialKind
  topic: StudyTopic
  summary: string
  body: string
  audioFileId: string | null
  pdfFileId: string | null
  durationMinutes: string
  archived: boolean
}

export function emptyMaterialForm(): MaterialFormValues {
  return {
    title: '',
    kind: 'article',
    topic: STUDY_TOPICS[0],
    summary: '',
    body: '',
    audioFileId: null,
    pdfFileId: null,
    durationMinutes: '20',
    archived: false,
  }
}

export function formFromMaterial(material: MaterialDetail): MaterialFormValues {
  return {
    title: material.title,
    kind: material.kind,
    topic: material.topic,
    summary: material.summary,
    body: formatBody(material.body),
    audioFileId: material.audioFileId,
    pdfFileId: material.pdfFileId,
    durationMinutes: String(material.durationMinutes),
    archived: material.archived,
  }
}

/** What the server would refuse, in words, before sending (the server checks again). */
export function checkMaterialForm(form: MaterialFormValues): { fields: MaterialFields | null; problem: string | null } {
  if (!form.title.trim()) return { fields: null, problem: '请填写标题' }
  if (form.kind === 'article' && !form.body.trim()) return { fields: null, problem: '文章资料须填写正文' }
  if (form.kind === 'audio' && !form.audioFileId) return { fields: null, problem: '音频资料须上传音频' }
  if (form.kind === 'pdf' && !form.pdfFileId) return { fields: null, problem: 'PDF 资料须上传 PDF 文件' }
  const minutes = Number(form.durationMinutes)
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > INTERVAL_MAX_MINUTES)
    return { fields: null, problem: `学习时长请填 1 到 ${INTERVAL_MAX_MINUTES} 之间的整数分钟` }
  return {
    problem: null,
    fields: {
      title: form.title.trim(),
      kind: form.kind,
      topic: form.topic,
      summary: form.summary.trim(),
      body: form.body,
      audioFileId: form.audioFileId,
      pdfFileId: form.kind === 'audio' ? null : form.pdfFileId,
      durationMinutes: minutes,
      archived: form.archived,
    },
  }
}
