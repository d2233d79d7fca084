import { statsActions } from '../../core/contract/stats'
import { createFunction } from '../_core/create-function'
import { dashboard } from './handlers/dashboard'
import { refreshRecentMonths, refreshStats } from './handlers/refresh'

/** 数据看板: the per-month summaries (monthStats) and their recomputation. */
export const main = createFunction(statsActions, { dashboard, refreshStats }, { onTimer: async () => refreshRecentMonths() })
