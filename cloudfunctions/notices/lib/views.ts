import { splitPhotos, type PhotoReview } from '../../../core/content/review'
import type { ManagedNoticeItem, NoticeAudienceView, NoticeDetail, NoticeListItem } from '../../../core/contract/notices'
import type { NoticeDoc } from '../../../core/notices/model'
import { excerptOf } from '../../../core/notices/rich-text'
import { isoOf, isoOrNull, toDate } from '../../../core/time'

export function audienceView(notice: NoticeDoc): NoticeAudienceView {
  const { audience } = notice
  return {
    kind: audience.kind,
    orgId: audience.kind === 'org' ? audience.orgId : null,
    building: audience.kind === 'building' ? audience.building : null,
    label: notice.audienceLabel,
  }
}

export function toListItem(notice: NoticeDoc, unread: boolean): NoticeListItem {
  return {
    id: notice._id,
    title: notice.title,
    excerpt: excerptOf(notice.body),
    pinned: notice.pinned,
    unread,
    publishedAt: isoOf(notice.publishedAt),
    expiresAt: isoOrNull(notice.expiresAt),
    audience: audienceView(notice),
    imageCount: notice.images.length,
    attachmentCount: notice.attachments.length,
  }
}

/** `reviews` given (a reader): only the images WeChat's media check passed. */
export function toDetail(notice: NoticeDoc, canManage: boolean, reviews: ReadonlyMap<string, PhotoReview> | null = null): NoticeDetail {
  return {
    id: notice._id,
    title: notice.title,
    body: notice.body,
    images: reviews ? splitPhotos(notice.images, reviews, false).photos : notice.images,
    attachments: notice.attachments,
    pinned: notice.pinned,
    audience: audienceView(notice),
    status: notice.status,
    publishedAt: isoOf(notice.publishedAt),
    updatedAt: isoOf(notice.updatedAt),
    expiresAt: isoOrNull(notice.expiresAt),
    authorName: notice.authorName,
    version: notice.version,
    canManage,
  }
}

export function toManagedItem(notice: NoticeDoc, now: Date): ManagedNoticeItem {
  const visibleUntil = toDate(notice.visibleUntil)
  return {
    id: notice._id,
    title: notice.title,
    pinned: notice.pinned,
    status: notice.status,
    expired: visibleUntil !== null && visibleUntil.getTime() <= now.getTime(),
    publishedAt: isoOf(notice.publishedAt),
    audience: audienceView(notice),
    authorName: notice.authorName,
  }
}
