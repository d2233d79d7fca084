import { Text } from '@tarojs/components'
import type { PointsPeriod, PointsScope } from '@core/contract'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { PageState } from '../../components/PageState'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageRoot } from '../../features/elder/PageRoot'
import { RankingList } from '../../features/points/RankingList'
import { useLeaderboard } from '../../features/points/useLeaderboard'
import { PageLoaded } from '../../shared/PageLoaded'
import { gatedPage } from '../../features/onboarding/RoleGate'

const PERIODS: Array<{ value: PointsPeriod; label: string }> = [
  { value: 'month', label: '本月' },
  { value: 'year', label: '本年' },
  { value: 'all', label: '累计' },
]
const SCOPES: Array<{ value: PointsScope; label: string }> = [
  { value: 'community', label: '全社区' },
  { value: 'branch', label: '本支部' },
  { value: 'building', label: '本楼栋' },
]

/** 积分排行: masked names, people who chose to hide left out, and my own place always shown. */
function RankingPageContent() {
  const { period, setPeriod, scope, setScope, board } = useLeaderboard()
  return (
    <PageRoot>
      <ChipGroup label="时间" options={PERIODS} value={period} onChange={setPeriod} />
      <ChipGroup label="范围" options={SCOPES} value={scope} onChange={setScope} />
      <PageLoaded state={board}>
        {(data) => (
          <>
            {data.me ? (
              <Card title={`我的名次（${data.periodLabel}）`}>
                <InfoRow label="名次">{data.me.rank ? `第 ${data.me.rank} 名` : '暂无名次'}</InfoRow>
                <InfoRow label="积分">{data.me.points}</InfoRow>
                {data.me.optOut ? <Text>您已选择不在公开排行中显示，名次仅自己可见（可在「我的」中更改）。</Text> : null}
              </Card>
            ) : null}
            <Card title="排行榜（姓名已隐去部分）">
              {data.items.length ? (
                <RankingList items={data.items} />
              ) : (
                <PageState inline kind="empty" title="暂无排行" description="这段时间还没有人获得积分。" />
              )}
            </Card>
          </>
        )}
      </PageLoaded>
    </PageRoot>
  )
}

export default gatedPage('points', 'signedUp', RankingPageContent)
