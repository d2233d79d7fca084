import { splitPhotos, type PhotoReview } from '../../../core/content/review'
import { photoReviews } from '../../_core/content-security'
import type { AdjustmentView, GoodDeedView, OrderView, PointCategoryView, RewardView } from '../../../core/contract/points'
import { isoOf, isoOrNull } from '../../../core/time'
import type { GoodDeedDoc, PointAdjustmentDoc, PointCategoryDoc, PointOrderDoc, PointRewardDoc } from '../../../core/points/model'

export function toCategoryView(doc: PointCategoryDoc): PointCategoryView {
  return { id: doc._id, name: doc.name, points: doc.points, description: doc.description, active: doc.active }
}

/** `reviews` given (not the committee): the photo only once WeChat's media check passed it. */
export function toRewardView(doc: PointRewardDoc, reviews: ReadonlyMap<string, PhotoReview> | null = null): RewardView {
  return {
    id: doc._id,
    name: doc.name,
    description: doc.description,
    photo: doc.photo && reviews && reviews.get(doc.photo) !== 'pass' ? null : doc.photo,
    price: doc.price,
    stock: doc.stock,
    monthlyLimit: doc.monthlyLimit,
    active: doc.active,
  }
}

/**
 * A report as `viewerId` (a person id) sees it: photos others may see only once WeChat's media check
 * passed them; the reporter also sees their held photos with their state.
 */
export function toDeedView(
  doc: GoodDeedDoc,
  reviews: ReadonlyMap<string, PhotoReview> = new Map(),
  viewerId: string | null = null,
): GoodDeedView {
  const { photos, held } = splitPhotos(doc.photos, reviews, viewerId === doc.reporterId)
  return {
    id: doc._id,
    personName: doc.personName,
    reporterName: doc.reporterName,
    byHelper: doc.reporterId !== doc.personId,
    categoryName: doc.categoryName,
    points: doc.points,
    text: doc.text,
    photos,
    heldPhotos: held,
    status: doc.status,
    reason: doc.reason,
    submittedAt: isoOf(doc.submittedAt),
    reviewedAt: isoOrNull(doc.reviewedAt),
  }
}

/** Reports as `viewerId` sees them, with the photos' review states looked up once. */
export async function deedViews(docs: GoodDeedDoc[], viewerId: string | null): Promise<GoodDeedView[]> {
  const reviews = await photoReviews(docs.flatMap((doc) => doc.photos))
  return docs.map((doc) => toDeedView(doc, reviews, viewerId))
}

export function toOrderView(doc: PointOrderDoc): OrderView {
  return {
    id: doc._id,
    rewardId: doc.rewardId,
    rewardName: doc.rewardName,
    personName: doc.personName,
    quantity: doc.quantity,
    amount: doc.amount,
    pickupCode: doc.pickupCode,
    status: doc.status,
    createdAt: isoOf(doc.createdAt),
    expiresAt: isoOf(doc.expiresAt),
    closedAt: isoOrNull(doc.closedAt),
    ...(doc.byHelperName ? { byHelperName: doc.byHelperName } : {}),
  }
}

export function toAdjustmentView(doc: PointAdjustmentDoc, callerOpenid: string): AdjustmentView {
  return {
    id: doc._id,
    personId: doc.personId,
    personName: doc.personName,
    amount: doc.amount,
    reason: doc.reason,
    status: doc.status,
    createdByName: doc.createdByName,
    rejectReason: doc.rejectReason,
    createdAt: isoOf(doc.createdAt),
    reviewedAt: isoOrNull(doc.reviewedAt),
    mine: doc.createdByOpenid === callerOpenid,
  }
}
