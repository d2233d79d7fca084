import { pointsActions } from '../../core/contract/points'
import { createFunction } from '../_core/create-function'
import { counts } from './handlers/counts'
import { account, ledger } from './handlers/account'
import { adjust, adjustments, approveAdjustment, people, settings, updateSettings, withdrawAdjustment } from './handlers/adjustments'
import { categories, upsertCategory } from './handlers/categories'
import { goodDeeds, myGoodDeeds, reviewGoodDeed, submitGoodDeed } from './handlers/good-deeds'
import { leaderboard } from './handlers/leaderboard'
import { cancelOrder, expireDueOrders, expireOrders, fulfil, lookupOrder, myOrders, redeem } from './handlers/orders'
import { reconcile } from './handlers/reconcile'
import { rewards, upsertReward } from './handlers/rewards'
import { summary } from './handlers/summary'

/** 道德银行: accounts, statements, good deeds, adjustments, rewards and orders, rankings, the bank's totals. */
export const main = createFunction(
  pointsActions,
  {
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
    withdrawAdjustment,
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
    counts,
  },
  { onTimer: async () => ({ expired: await expireDueOrders() }) },
)
