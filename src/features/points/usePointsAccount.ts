import { useLoad } from '../../shared/useLoad'
import { usePagedList } from '../../shared/usePagedList'
import { fetchLedger, fetchPointsAccount } from '../../services/points'

/** The points tab: my account (balance, earned, minutes, 12 months) and my statement, newest first. */
export function usePointsAccount() {
  const account = useLoad('account', fetchPointsAccount)
  const ledger = usePagedList('ledger', (cursor) => fetchLedger(cursor))
  const reload = async () => {
    await Promise.all([account.reload(), ledger.reload()])
  }
  return { account, ledger, reload }
}
