import { pointsActions } from '../../core/contract/points'
import { createFunction } from '../_core/create-function'
import { callerOpenid } from '../_core/identity'
import { account, ledger } from './handlers/account'
import { adjust, adjustments, approveAdjustment, people, settings, updateSettings } from './handlers/adjustments'
import { categories, upsertCategory } from './handlers/categories'
import { goodDeeds, myGoodDeeds, reviewGoodDeed, submitGoodDeed } from './handlers/good-deeds'
import { leaderboard } from './handlers/leaderboard'
import { cancelOrder, expireDueOrders, expireOrders, fulfil, lookupOrder, myOrders, redeem } from './handlers/orders'
import { reconcile } from './handlers/reconcile'
import { rewards, upsertReward } from './handlers/rewards'
import { summary } from './handlers/summary'

/** 道德银行: accounts, statements, good deeds, adjustments, rewards and orders, rankings, the bank's totals. */
const router = createFunction(pointsActions, {
  account,
  ledger,
  categories,
  upsertCategory,
  submitGoodDeed,
  myGoodDeeds,
  goodDeeds,
  reviewGoodDeed,
  people,
  adjust,
  adjustments,
  approveAdjustment,
  settings,
  updateSettings,
  rewards,
  upsertReward,
  redeem,
  myOrders,
  cancelOrder,
  lookupOrder,
  fulfil,
  expireOrders,
  leaderboard,
  reconcile,
  summary,
})

/**
 * The daily timer trigger (deploy.ts `timers`) calls the function with `{ Type: 'Timer', … }` and no
 * caller: it refunds orders not collected within 30 days. Everything else goes through the router.
 */
export async function main(event: unknown): Promise<unknown> {
  if (typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer' && !callerOpenid()) {
    return { ok: true, data: { expired: await expireDueOrders() } }
  }
  return router(event)
}
