/**
 * The one place user text and photos meet WeChat's content security, before anything others can see
 * is written:
 *   screenText(caller, texts, scene)   security.msgSecCheck v2 with the poster's openid; `risky` →
 *                                      CONTENT.RISKY (nothing written), a failed check →
 *                                      CONTENT.CHECK_UNAVAILABLE (fail closed)
 *   screenPhotos(caller, fileIds, scene)  security.mediaCheckAsync v2 for each new photo; it stays
 *                                      `pending` (hidden from others) until WeChat pushes the verdict
 *   photoReviews(fileIds)              the review state of each photo, for the views
 *   onMediaCheckEvent(event)           the `wxa_media_check` push (消息推送 to the members function)
 * The local cloud answers the same calls (server/cloud-api) with a small word list.
 */
import { createHash } from 'node:crypto'
import type { PhotoReview } from '../../core/content/review'
import { failure, success, type Result } from '../../core/result'
import type { Caller } from './caller'
import { getCloud } from './cloud'
import { collection, findByIds, findOne, insert, updateWhere } from './db'
import { isDuplicateKeyError } from './db-errors'
import { logError } from './logger'

/** WeChat's scenes: 1 资料 (profile fields), 2 评论, 3 论坛 (posts others read), 4 社交日志. */
export const SCENES = { profile: 1, comment: 2, forum: 3, log: 4 } as const
export type Scene = keyof typeof SCENES

/** msgSecCheck takes at most 2500 characters a call. */
const MAX_CHECK_CHARS = 2500

interface MediaReviewDoc {
  _id: string
  fileId: string
  traceId: string | null
  status: PhotoReview
  openid: string
  scene: number
  createdAt: Date
  checkedAt: Date | null
}

type OpenApi = {
  security: {
    msgSecCheck(data: object): Promise<{ result?: { suggest?: string; label?: number } }>
    mediaCheckAsync(data: object): Promise<{ traceId?: string }>
  }
}

function openapi(): OpenApi {
  return getCloud().openapi as unknown as OpenApi
}

/** Texts cut into calls of at most 2500 characters (a longer text in several parts). */
function chunksOf(texts: readonly string[]): string[] {
  const chunks: string[] = []
  let current = ''
  for (const text of texts) {
    for (let start = 0; start < text.length; start += MAX_CHECK_CHARS) {
      const part = text.slice(start, start + MAX_CHECK_CHARS)
      if (current && current.length + 1 + part.length > MAX_CHECK_CHARS) {
        chunks.push(current)
        current = part
      } else current = current ? `${current}\n${part}` : part
    }
  }
  if (current) chunks.push(current)
  return chunks
}

/** Refuses text WeChat judges risky. Empty and missing texts are skipped. */
export async function screenText(caller: Caller, texts: ReadonlyArray<string | null | undefined>, scene: Scene): Promise<Result<void>> {
  const present = texts.map((text) => (text ?? '').trim()).filter(Boolean)
  for (const content of chunksOf(present)) {
    let suggest: string | undefined
    try {
      const answer = await openapi().security.msgSecCheck({ openid: caller.openid, scene: SCENES[scene], version: 2, content })
      suggest = answer.result?.suggest
    } catch (error) {
      logError('content-security', 'msgSecCheck failed', error)
      return failure('CONTENT.CHECK_UNAVAILABLE')
    }
    if (suggest === 'risky') return failure('CONTENT.RISKY')
  }
  return success(undefined)
}

export function reviewIdOf(fileId: string): string {
  return `media:${createHash('sha256').update(fileId).digest('hex').slice(0, 40)}`
}

/**
 * Starts WeChat's media check for every photo not checked before (a photo already passed or refused
 * keeps its verdict). Call after the record is validated and before it is written; the photos are
 * hidden from others until the verdict arrives.
 */
export async function screenPhotos(caller: Caller, fileIds: readonly string[], scene: Scene): Promise<Result<void>> {
  const known = await photoReviews(fileIds)
  for (const fileId of fileIds) {
    if (known.has(fileId)) continue
    const _id = reviewIdOf(fileId)
    try {
      await insert('mediaReviews', {
        _id,
        fileId,
        traceId: null,
        status: 'pending',
        openid: caller.openid,
        scene: SCENES[scene],
        createdAt: new Date(),
        checkedAt: null,
      })
    } catch (error) {
      if (isDuplicateKeyError(error)) continue // a retry, or the same photo posted twice at once
      throw error
    }
    try {
      const answer = await getCloud().getTempFileURL({ fileList: [{ fileID: fileId, maxAge: 3600 }] })
      const mediaUrl = answer ? answer.fileList[0]?.tempFileURL : undefined
      if (!mediaUrl) {
        await collection('mediaReviews').doc(_id).remove()
        return failure('FILE.REJECTED', '照片不存在或已过期，请重新上传')
      }
      const { traceId } = await openapi().security.mediaCheckAsync({
        mediaUrl,
        mediaType: 2,
        version: 2,
        scene: SCENES[scene],
        openid: caller.openid,
      })
      await updateWhere('mediaReviews', { _id, status: 'pending' }, { traceId: traceId ?? null })
    } catch (error) {
      logError('content-security', 'mediaCheckAsync failed', error)
      await collection('mediaReviews').doc(_id).remove()
      return failure('CONTENT.CHECK_UNAVAILABLE')
    }
  }
  return success(undefined)
}

/** The review state of each photo that has one (photos never screened are absent). */
export async function photoReviews(fileIds: readonly string[]): Promise<Map<string, PhotoReview>> {
  if (!fileIds.length) return new Map()
  const docs = await findByIds<MediaReviewDoc>('mediaReviews', [...new Set(fileIds)].map(reviewIdOf))
  return new Map([...docs.values()].map((doc) => [doc.fileId, doc.status]))
}

export function isMediaCheckEvent(event: unknown): event is { Event: 'wxa_media_check'; trace_id: string; result?: { suggest?: string } } {
  const e = event as { Event?: unknown; trace_id?: unknown } | null
  return typeof e === 'object' && e !== null && e.Event === 'wxa_media_check' && typeof e.trace_id === 'string'
}

/**
 * WeChat's verdict for one photo. The push may overtake the call's own answer (the trace id is saved
 * just after it), so a verdict for an unknown trace id is looked up again a few times.
 */
export async function onMediaCheckEvent(event: { trace_id: string; result?: { suggest?: string } }): Promise<{ updated: boolean }> {
  const status: PhotoReview = event.result?.suggest === 'pass' ? 'pass' : 'risky'
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const doc = await findOne<MediaReviewDoc>('mediaReviews', { traceId: event.trace_id })
    if (doc) {
      await updateWhere('mediaReviews', { _id: doc._id }, { status, checkedAt: new Date() })
      return { updated: true }
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { updated: false }
}
