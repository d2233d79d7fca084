import type { AdjustmentView, GoodDeedView, OrderView, PointCategoryView, RewardView } from '../../../core/contract/points'
import { isoOf, isoOrNull } from '../../../core/time'
import type { GoodDeedDoc, PointAdjustmentDoc, PointCategoryDoc, PointOrderDoc, PointRewardDoc } from '../../../core/points/model'

export function toCategoryView(doc: PointCategoryDoc): PointCategoryView {
  return { id: doc._id, name: doc.name, points: doc.points, description: doc.description, active: doc.active }
}

export function toRewardView(doc: PointRewardDoc): RewardView {
  return {
    id: doc._id,
    name: doc.name,
    description: doc.description,
    photo: doc.photo,
    price: doc.price,
    stock: doc.stock,
    monthlyLimit: doc.monthlyLimit,
    active: doc.active,
  }
}

export function toDeedView(doc: GoodDeedDoc): GoodDeedView {
  return {
    id: doc._id,
    personName: doc.personName,
    reporterName: doc.reporterName,
    byHelper: doc.reporterId !== doc.personId,
    categoryName: doc.categoryName,
    points: doc.points,
    text: doc.text,
    photos: doc.photos,
    status: doc.status,
    reason: doc.reason,
    submittedAt: isoOf(doc.submittedAt),
    reviewedAt: isoOrNull(doc.reviewedAt),
  }
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
