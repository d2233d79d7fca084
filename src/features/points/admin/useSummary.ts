import { useState } from 'react'
import type { ReconcileResponse } from '@core/contract'
import { expireOrders, fetchPointsSummary, reconcilePoints } from '../../../services/points'
import { afterOk } from '../../../shared/outcome'
import { useLoad } from '../../../shared/useLoad'
import { useWrite } from '../../../shared/useWrite'

/** 道德银行总览: totals, months, what waits; 对账 and the 30-day refund run on demand. */
export function useSummary() {
  const summary = useLoad('points-summary', fetchPointsSummary)
  const [report, setReport] = useState<ReconcileResponse | null>(null)
  const write = useWrite()

  const reconcile = () => write.run(async () => afterOk(await reconcilePoints(), setReport), 'reconcile')
  /** Answers how many orders were refunded. */
  const expire = () =>
    write.run(
      async () =>
        afterOk(await expireOrders(), async ({ expired }) => {
          await summary.reload()
          return expired
        }),
      'expire',
    )
  return { summary, report, busy: write.busyWith, reconcile, expire }
}
