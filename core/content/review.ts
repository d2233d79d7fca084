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

/** A photo its poster sees that others cannot (yet): 审核中 or 未通过. */
export interface HeldPhoto {
  fileId: string
  review: 'pending' | 'risky'
}

/**
 * What a viewer gets of a record's photos: `photos` everyone may see (passed), and for the poster
 * `held`, their own photos still in review or refused, to show with a mark.
 */
export function splitPhotos(
  fileIds: readonly string[],
  reviews: ReadonlyMap<string, PhotoReview>,
  viewerIsPoster: boolean,
): { photos: string[]; held: HeldPhoto[] } {
  const photos: string[] = []
  const held: HeldPhoto[] = []
  for (const fileId of fileIds) {
    const review = reviews.get(fileId) ?? 'pending'
    if (review === 'pass') photos.push(fileId)
    else if (viewerIsPoster) held.push({ fileId, review })
  }
  return { photos, held }
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
