import type { AdjustmentView, GoodDeedView, OrderView, PointCategoryView, RewardView } from '../../../core/contract/points'
import type { GoodDeedDoc, PointAdjustmentDoc, PointCategoryDoc, PointOrderDoc, PointRewardDoc } from '../../../core/points/model'

/** Dates come back from the SDK as Date (or as ISO strings through some hosts); the contract says ISO. */
export function iso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

const isoOr0 = (value: Date | string | null | undefined) => iso(value) ?? new Date(0).toISOString()

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
    submittedAt: isoOr0(doc.submittedAt),
    reviewedAt: iso(doc.reviewedAt),
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
    createdAt: isoOr0(doc.createdAt),
    expiresAt: isoOr0(doc.expiresAt),
    closedAt: iso(doc.closedAt),
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
    createdAt: isoOr0(doc.createdAt),
    reviewedAt: iso(doc.reviewedAt),
    mine: doc.createdByOpenid === callerOpenid,
  }
}
