import { useState } from 'react'
import type { ReconcileResponse } from '@core/contract'
import type { AppError } from '@core/errors'
import { useLoad } from '../../../shared/useLoad'
import { expireOrders, fetchPointsSummary, reconcilePoints } from '../../../services/points'

/** 道德银行总览: totals, months, what waits; 对账 and the 30-day refund run on demand. */
export function useSummary() {
  const summary = useLoad('points-summary', fetchPointsSummary)
  const [report, setReport] = useState<ReconcileResponse | null>(null)
  const [busy, setBusy] = useState<'reconcile' | 'expire' | null>(null)

  const reconcile = async (): Promise<AppError | null> => {
    setBusy('reconcile')
    const reply = await reconcilePoints()
    setBusy(null)
    if (!reply.ok) return reply.error
    setReport(reply.data)
    return null
  }
  const expire = async (): Promise<{ error: AppError | null; expired?: number }> => {
    setBusy('expire')
    const reply = await expireOrders()
    setBusy(null)
    if (!reply.ok) return { error: reply.error }
    await summary.reload()
    return { error: null, expired: reply.data.expired }
  }
  return { summary, report, busy, reconcile, expire }
}
