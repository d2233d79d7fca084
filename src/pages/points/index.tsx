import { Text, View } from '@tarojs/components'
import { Card } from '../../components/Card'
import { PageState } from '../../components/PageState'
import { ListFooter } from '../../shared/ListFooter'
import { PageRoot } from '../../features/elder/PageRoot'
import { BalanceCard } from '../../features/points/BalanceCard'
import { LedgerRow } from '../../features/points/LedgerRow'
import { MonthChart } from '../../features/points/MonthChart'
import { PointsLinks } from '../../features/points/PointsLinks'
import { usePointsAccount } from '../../features/points/usePointsAccount'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'

/** 道德银行: my balance, earned points and service time, a 12-month chart, the doors, my statement. */
export default function PointsPage() {
  const { account, ledger, reload } = usePointsAccount()
  usePullToReload(reload)

  if (!account.data) {
    if (account.error)
      return (
        <PageRoot>
          <PageState kind="error" message={account.error.message} onRetry={() => void reload()} />
        </PageRoot>
      )
    return (
      <PageRoot>
        <PageState kind="loading" />
      </PageRoot>
    )
  }

  return (
    <PageRoot>
      <View className="hl-points">
        {account.error ? <RefreshFailedNotice error={account.error} onRetry={() => void reload()} /> : null}
        <BalanceCard account={account.data} />
        <PointsLinks />
        <Card title="近 12 个月获得积分">
          <MonthChart months={account.data.months} />
        </Card>
        <Card title="积分明细">
          {ledger.error ? <RefreshFailedNotice error={ledger.error} onRetry={() => void ledger.reload()} /> : null}
          {ledger.loading && !ledger.items.length ? <PageState kind="loading" /> : null}
          {!ledger.loading && !ledger.error && !ledger.items.length ? (
            <Text className="hl-points__empty">还没有积分记录。参加活动、申报日行一善都能获得积分。</Text>
          ) : null}
          {ledger.items.map((item) => (
            <LedgerRow key={item.id} item={item} />
          ))}
          <ListFooter
            hasMore={ledger.hasMore}
            loadingMore={ledger.loadingMore}
            error={ledger.loadMoreError}
            onLoadMore={() => void ledger.loadMore()}
            count={ledger.items.length}
          />
        </Card>
      </View>
    </PageRoot>
  )
}
