import type { NoticeFields } from '../../../core/contract/notices'
import { NEVER_EXPIRES, noticeSortKey } from '../../../core/notices/audience'
import type { NoticeDoc } from '../../../core/notices/model'
import { parseBody } from '../../../core/notices/rich-text'
import { toDate } from '../../../core/time'
import { failure, success, type Result } from '../../../core/result'
import { screenPhotos, screenText } from '../../_core/content-security'
import type { ResolvedAudience } from '../../_core/audience'
import type { Caller } from '../../_core/caller'
import type { Handler } from '../../_core/create-function'
import { actorName } from '../../_core/person'
import { inTransaction } from '../../_core/transaction'
import { canManageNotice, noticeAudience } from '../lib/audience'
import { syncReceipts } from '../lib/receipts'
import { toDetail } from '../lib/views'

/**
 * The stored form of the editable fields (audience resolved within the caller's scope, body parsed
 * into the restricted format), or why they are refused.
 */
async function contentOf(caller: Caller, fields: NoticeFields, now: Date): Promise<Result<Partial<NoticeDoc> & ResolvedAudience>> {
  const audience = await noticeAudience(caller, fields.audience)
  if (!audience.ok) return audience
  const expiresAt = fields.expiresAt ? new Date(fields.expiresAt) : null
  if (expiresAt && expiresAt.getTime() <= now.getTime()) return failure('NOTICE.EXPIRY_PAST', undefined, 'fields.expiresAt')
  const body = parseBody(fields.body)
  if (!body.length) return failure('COMMON.VALIDATION', 'fields.body：请填写正文', 'fields.body')
  const text = await screenText(caller, [fields.title, fields.body], 'forum')
  if (!text.ok) return text
  const photos = await screenPhotos(caller, fields.images, 'forum')
  if (!photos.ok) return photos
  return success({
    title: fields.title,
    body,
    images: fields.images,
    attachments: fields.attachments,
    ...audience.value,
    pinned: fields.pinned,
    expiresAt,
    visibleUntil: expiresAt ?? NEVER_EXPIRES,
  })
}

/**
 * Publishes a notice. Its id comes from the client's form (`n-<draftId>`), so a retried publish
 * returns the notice it already made; the notice and its audit entry are written together.
 */
export const publish: Handler<'notices', 'publish'> = async ({ data, caller }) => {
  const now = new Date()
  const content = await contentOf(caller, data.fields, now)
  if (!content.ok) return content
  const id = `n-${data.draftId}`
  const outcome = await inTransaction(async (work): Promise<Result<NoticeDoc>> => {
    const existing = await work.get<NoticeDoc>('notices', id)
    if (existing) return existing.authorOpenid === caller.openid ? success(existing) : failure('NOTICE.DRAFT_TAKEN')
    const notice = work.create<NoticeDoc>('notices', id, {
      ...content.value,
      status: 'published',
      sortKey: noticeSortKey(data.fields.pinned, now, id),
      authorOpenid: caller.openid,
      authorName: actorName(caller),
      version: 1,
      publishedAt: now,
      updatedAt: now,
      withdrawnAt: null,
    })
    work.audit(caller, 'notices.publish', id, { title: data.fields.title, audience: content.value.audienceKey })
    return success(notice)
  })
  if (!outcome.ok) return outcome
  return success({ notice: toDetail(outcome.value, true) })
}

/** Edits a notice the caller manages, with the version they read (a stale edit is COMMON.CONFLICT). */
export const update: Handler<'notices', 'update'> = async ({ data, caller }) => {
  const now = new Date()
  const content = await contentOf(caller, data.fields, now)
  if (!content.ok) return content
  const outcome = await inTransaction(async (work): Promise<Result<NoticeDoc>> => {
    const notice = await work.get<NoticeDoc>('notices', data.noticeId)
    if (!notice || !canManageNotice(caller, notice)) return failure('COMMON.NOT_FOUND')
    if (notice.status === 'withdrawn') return failure('NOTICE.WITHDRAWN')
    if (notice.version !== data.version) return failure('COMMON.CONFLICT')
    const publishedAt = toDate(notice.publishedAt) ?? now
    work.patch('notices', notice._id, {
      ...content.value,
      sortKey: noticeSortKey(data.fields.pinned, publishedAt, notice._id),
      version: notice.version + 1,
      updatedAt: now,
    })
    work.audit(caller, 'notices.update', notice._id, {
      title: data.fields.title,
      audience: content.value.audienceKey,
      version: notice.version + 1,
    })
    return success(notice)
  })
  if (!outcome.ok) return outcome
  await syncReceipts(outcome.value)
  return success({ notice: toDetail(outcome.value, true) })
}

/** Withdraws a notice the caller manages; readers no longer see it. Withdrawing again changes nothing. */
export const withdraw: Handler<'notices', 'withdraw'> = async ({ data, caller }) => {
  const now = new Date()
  const outcome = await inTransaction(async (work): Promise<Result<{ notice: NoticeDoc; changed: boolean }>> => {
    const notice = await work.get<NoticeDoc>('notices', data.noticeId)
    if (!notice || !canManageNotice(caller, notice)) return failure('COMMON.NOT_FOUND')
    if (notice.status === 'withdrawn') return success({ notice, changed: false })
    work.patch('notices', notice._id, { status: 'withdrawn', withdrawnAt: now, updatedAt: now, version: notice.version + 1 })
    work.audit(caller, 'notices.withdraw', notice._id, { title: notice.title })
    return success({ notice, changed: true })
  })
  if (!outcome.ok) return outcome
  // Also on a repeated withdrawal: completes a sweep a crash may have cut short.
  await syncReceipts(outcome.value.notice)
  return success({ notice: toDetail(outcome.value.notice, true) })
}
