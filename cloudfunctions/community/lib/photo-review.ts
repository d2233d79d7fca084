import type { ProblemWallItem, WishView } from '../../../core/contract/community'
import { photoReviews } from '../../_core/content-security'

/**
 * Photos others see only once WeChat's media check passed them (core/content/review.ts): a wish's
 * photo is shown at once to its wisher (and helper) and to the managers reviewing it, the fulfilment
 * photo to its claimant; to everyone else a photo still in review, or refused, is left out.
 */
async function passedOf(fileIds: ReadonlyArray<string | null>): Promise<Set<string>> {
  const reviews = await photoReviews(fileIds.filter((id): id is string => id !== null))
  return new Set([...reviews].filter(([, review]) => review === 'pass').map(([fileId]) => fileId))
}

export async function withCheckedPhotos(views: WishView[], manages = false): Promise<WishView[]> {
  const passed = await passedOf(views.flatMap((view) => [view.photo, view.fulfilPhoto]))
  const shown = (fileId: string | null, own: boolean) => (fileId && (own || passed.has(fileId)) ? fileId : null)
  return views.map((view) => ({
    ...view,
    photo: shown(view.photo, manages || view.myPart === 'wisher'),
    fulfilPhoto: shown(view.fulfilPhoto, manages || view.myPart !== null),
  }))
}

/** 问题墙 is public: only result photos that passed. */
export async function wallWithCheckedPhotos(items: ProblemWallItem[]): Promise<ProblemWallItem[]> {
  const passed = await passedOf(items.flatMap((item) => item.resultPhotos))
  return items.map((item) => ({ ...item, resultPhotos: item.resultPhotos.filter((fileId) => passed.has(fileId)) }))
}
