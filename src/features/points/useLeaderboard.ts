import { useState } from 'react'
import type { PointsPeriod, PointsScope } from '@core/contract'
import { useLoad } from '../../shared/useLoad'
import { fetchLeaderboard } from '../../services/points'

/** 积分排行 for a chosen period and scope (reloads when either changes). */
export function useLeaderboard() {
  const [period, setPeriod] = useState<PointsPeriod>('month')
  const [scope, setScope] = useState<PointsScope>('community')
  const board = useLoad(`${period}:${scope}`, () => fetchLeaderboard({ period, scope }))
  return { period, setPeriod, scope, setScope, board }
}
