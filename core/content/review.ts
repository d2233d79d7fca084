/**
 * Photos others can see pass WeChat's media check first. Until the verdict arrives a photo is
 * `pending`: the poster sees it marked 审核中, nobody else sees it; `risky` photos are marked 未通过
 * for the poster and never shown to others. No zod here (the mini-program imports this).
 */
export type PhotoReview = 'pending' | 'pass' | 'risky'

export const PHOTO_REVIEW_LABELS: Record<PhotoReview, string> = { pending: '审核中', pass: '已通过', risky: '未通过' }

/** A photo as a screen gets it: its file id and, for the poster, its review state. */
export interface ReviewedPhoto {
  fileId: string
  review: PhotoReview
}

/** The photos `viewerIsPoster` may see, in order: the poster all (with marks), others only passed ones. */
export function visiblePhotos(
  fileIds: readonly string[],
  reviews: ReadonlyMap<string, PhotoReview>,
  viewerIsPoster: boolean,
): ReviewedPhoto[] {
  return fileIds
    .map((fileId) => ({ fileId, review: reviews.get(fileId) ?? 'pending' }))
    .filter((photo) => viewerIsPoster || photo.review === 'pass')
}
