import type { NoticeDetail, NoticeFields } from '@core/contract'
import type { AudienceKind } from '@core/notices/audience'
import { formatBody } from '@core/notices/rich-text'

/** The publish/edit form as the person fills it. */
export interface NoticeFormValues {
  title: string
  body: string
  kind: AudienceKind
  orgId: string | null
  building: string | null
  pinned: boolean
  /** Days from now, or 0 for no expiry. */
  expiresInDays: number
  images: string[]
  attachments: Array<{ fileId: string; name: string }>
}

/** How the body of a notice (or a study article) is written: paragraphs and **bold**, nothing else. */
export const BODY_PLACEHOLDER = '每一行是一段；用 **两个星号** 把要加粗的字括起来'

export const EXPIRY_CHOICES = [
  { value: '0', label: '长期有效' },
  { value: '7', label: '7 天' },
  { value: '30', label: '30 天' },
  { value: '90', label: '90 天' },
]

export function emptyNoticeForm(kind: AudienceKind): NoticeFormValues {
  return { title: '', body: '', kind, orgId: null, building: null, pinned: false, expiresInDays: 0, images: [], attachments: [] }
}

export function formFromNotice(notice: NoticeDetail): NoticeFormValues {
  return {
    title: notice.title,
    body: formatBody(notice.body),
    kind: notice.audience.kind,
    orgId: notice.audience.orgId,
    building: notice.audience.building,
    pinned: notice.pinned,
    expiresInDays: 0,
    images: notice.images,
    attachments: notice.attachments,
  }
}

/** Checks what the server would reject in words, before sending; the server checks again. */
export function checkNoticeForm(form: NoticeFormValues, now = Date.now()): { fields: NoticeFields | null; problem: string | null } {
  if (!form.title.trim()) return { fields: null, problem: '请填写标题' }
  if (!form.body.trim()) return { fields: null, problem: '请填写正文' }
  let audience: NoticeFields['audience']
  if (form.kind === 'org') {
    if (!form.orgId) return { fields: null, problem: '请选择接收的支部' }
    audience = { kind: 'org', orgId: form.orgId }
  } else if (form.kind === 'building') {
    if (!form.building) return { fields: null, problem: '请选择接收的楼栋' }
    audience = { kind: 'building', building: form.building }
  } else {
    audience = { kind: form.kind }
  }
  return {
    problem: null,
    fields: {
      title: form.title.trim(),
      body: form.body,
      images: form.images,
      attachments: form.attachments,
      audience,
      pinned: form.pinned,
      expiresAt: form.expiresInDays ? new Date(now + form.expiresInDays * 86_400_000).toISOString() : null,
    },
  }
}
