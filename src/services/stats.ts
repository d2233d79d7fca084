import type { RequestOf } from '@core/contract'
import { call } from './call'

/** 数据看板 (function `stats`): one typed call per action. */
export const fetchDashboard = (data: RequestOf<'stats', 'dashboard'>) => call('stats', 'dashboard', data)
export const refreshStats = (months?: string[]) => call('stats', 'refreshStats', months ? { months } : {})
