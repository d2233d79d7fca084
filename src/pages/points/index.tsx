import { View } from '@tarojs/components'
import { Card } from '../../components/Card'
import { PageRoot } from '../../features/elder/PageRoot'
import { BalanceCard } from '../../features/points/BalanceCard'
import { LedgerRow } from '../../features/points/LedgerRow'
import { MonthChart } from '../../features/points/MonthChart'
import { PointsLinks } from '../../features/points/PointsLinks'
import { usePointsAccount } from '../../features/points/usePointsAccount'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'
import { gatedPage } from '../../features/onboarding/RoleGate'

/** 道德银行: my balance, earned points and service time, a 12-month chart, the doors, my statement. */
function PointsPageContent() {
  const { account, ledger, reload } = usePointsAccount()
  usePullToReload(reload)

  return (
    <PageRoot>
      <Loaded state={account}>
        {(data) => (
          <View className="hl-points">
            <BalanceCard account={data} />
            <PointsLinks />
            <Card title="近 12 个月获得积分">
              <MonthChart months={data.months} />
            </Card>
            <Card title="积分明细">
              <Loaded inline list={ledger} empty={{ title: '还没有积分记录。参加活动、申报日行一善都能获得积分。' }}>
                {(items) => items.map((item) => <LedgerRow key={item.id} item={item} />)}
              </Loaded>
            </Card>
          </View>
        )}
      </Loaded>
    </PageRoot>
  )
}

export default gatedPage('points', 'signedUp', PointsPageContent)
