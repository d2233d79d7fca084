import type { RequestOf } from '@core/contract'
import { call } from './call'

/** 道德银行 (function `points`): one typed call per action. */

export const fetchPointsAccount = () => call('points', 'account', {})
export const fetchLedger = (cursor?: string) => call('points', 'ledger', cursor ? { cursor } : {})
export const fetchCategories = (includeInactive = false) => call('points', 'categories', { includeInactive })
export const upsertCategory = (data: RequestOf<'points', 'upsertCategory'>) => call('points', 'upsertCategory', data)
export const submitGoodDeed = (data: RequestOf<'points', 'submitGoodDeed'>) => call('points', 'submitGoodDeed', data)
export const fetchMyGoodDeeds = (cursor?: string) => call('points', 'myGoodDeeds', cursor ? { cursor } : {})
export const fetchGoodDeeds = (status: 'pending' | 'approved' | 'rejected', cursor?: string) =>
  call('points', 'goodDeeds', cursor ? { status, cursor } : { status })
export const reviewGoodDeed = (data: RequestOf<'points', 'reviewGoodDeed'>) => call('points', 'reviewGoodDeed', data)
export const findPeople = (name: string) => call('points', 'people', { name })
export const adjustPoints = (data: RequestOf<'points', 'adjust'>) => call('points', 'adjust', data)
export const fetchAdjustments = (status: 'pending' | 'approved' | 'rejected' | 'applied' | 'withdrawn', cursor?: string) =>
  call('points', 'adjustments', cursor ? { status, cursor } : { status })
export const approveAdjustment = (data: RequestOf<'points', 'approveAdjustment'>) => call('points', 'approveAdjustment', data)
export const withdrawAdjustment = (adjustmentId: string) => call('points', 'withdrawAdjustment', { adjustmentId })
export const fetchPointsSettings = () => call('points', 'settings', {})
export const updatePointsSettings = (adjustThreshold: number) => call('points', 'updateSettings', { adjustThreshold })
export const fetchRewards = (includeInactive = false) => call('points', 'rewards', { includeInactive })
export const upsertReward = (data: RequestOf<'points', 'upsertReward'>) => call('points', 'upsertReward', data)
export const redeemReward = (data: RequestOf<'points', 'redeem'>) => call('points', 'redeem', data)
export const fetchMyOrders = (cursor?: string) => call('points', 'myOrders', cursor ? { cursor } : {})
export const cancelOrder = (orderId: string) => call('points', 'cancelOrder', { orderId })
export const lookupOrder = (pickupCode: string) => call('points', 'lookupOrder', { pickupCode })
export const fulfilOrder = (pickupCode: string) => call('points', 'fulfil', { pickupCode })
export const expireOrders = () => call('points', 'expireOrders', {})
export const fetchLeaderboard = (data: RequestOf<'points', 'leaderboard'>) => call('points', 'leaderboard', data)
export const reconcilePoints = () => call('points', 'reconcile', {})
export const fetchPointsSummary = () => call('points', 'summary', {})
/** 首页 待办: deeds to review, adjustments to approve, orders to hand over (managers). */
export const fetchPointsCounts = () => call('points', 'counts', {})
