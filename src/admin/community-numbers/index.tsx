import { Text, View } from '@tarojs/components'
import type { TicketNumbersRow } from '@core/contract'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { useCommunityNumbers } from '../../features/community/admin/useTicketDesk'
import { PageRoot } from '../../features/elder/PageRoot'
import { PageLoaded } from '../../shared/PageLoaded'

const days = (median: number | null) => (median === null ? '—' : `${median} 天`)

function Rows({ rows }: { rows: TicketNumbersRow[] }) {
  if (!rows.length) return <Text>暂无数据</Text>
  return (
    <View>
      {rows.map((row) => (
        <InfoRow key={row.key} label={row.label}>
          {`共 ${row.total} 件 · 办理中 ${row.open} · 已办结 ${row.closed} · 超期 ${row.overdue} · 办结中位 ${days(row.medianDaysToClose)}`}
        </InfoRow>
      ))}
    </View>
  )
}

/** 微心愿 and 民生诉求 in numbers, for my subtree. */
export default function CommunityNumbersPage() {
  const numbers = useCommunityNumbers()
  return (
    <PageRoot>
      <PageLoaded state={numbers}>
        {({ wishes, tickets }) => (
          <>
            <Card title="微心愿">
              <InfoRow label="发布">{`${wishes.posted} 个（待审核 ${wishes.pending}）`}</InfoRow>
              <InfoRow label="待认领">{String(wishes.open)}</InfoRow>
              <InfoRow label="已认领">{`${wishes.claimed + wishes.fulfilled} 个（待确认 ${wishes.fulfilled}）`}</InfoRow>
              <InfoRow label="已圆梦">{`${wishes.confirmed} 个，发放积分 ${wishes.pointsAwarded}`}</InfoRow>
              <InfoRow label="逾期退回">{`${wishes.lapsed} 次`}</InfoRow>
            </Card>
            <Card title="民生诉求">
              <InfoRow label="总数">{`${tickets.total} 件，办理中 ${tickets.open}`}</InfoRow>
              <InfoRow label="超期 / 临期">{`${tickets.overdue} / ${tickets.nearDue}`}</InfoRow>
              <InfoRow label="办结天数中位">{days(tickets.medianDaysToClose)}</InfoRow>
            </Card>
            <Card title="按类别">
              <Rows rows={tickets.byCategory} />
            </Card>
            <Card title="按承办人">
              <Rows rows={tickets.byHandler} />
            </Card>
          </>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
