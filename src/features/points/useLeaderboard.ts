import { useState } from 'react'
import type { PointsPeriod, PointsScope } from '@core/contract'
import { formatBeijing } from '@core/time'
import { useLoad } from '../../shared/useLoad'
import { fetchLeaderboard } from '../../services/points'

/** Until the 8th of a Beijing month, 本月 is nearly empty: start on 本年 (累计 in early January). */
const MONTH_FIRST_FROM_DAY = 8

/** The ranking tab a person first sees, by the Beijing date (never an empty 本月 on the 1st). */
export function defaultPeriod(now: number = Date.now()): PointsPeriod {
  const day = Number(formatBeijing(now, 'D'))
  if (day >= MONTH_FIRST_FROM_DAY) return 'month'
  return formatBeijing(now, 'M') === '1' ? 'all' : 'year'
}

/** 积分排行 for a chosen period and scope (reloads when either changes). */
export function useLeaderboard() {
  const [period, setPeriod] = useState<PointsPeriod>(() => defaultPeriod())
  const [scope, setScope] = useState<PointsScope>('community')
  const board = useLoad(`${period}:${scope}`, () => fetchLeaderboard({ period, scope }))
  return { period, setPeriod, scope, setScope, board }
}
