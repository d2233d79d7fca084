import { Text, View } from '@tarojs/components'
import type { ActivityStatsResponse } from '@core/contract'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { useActivityStats } from '../../features/activities/admin/useActivityStats'
import { ACTIVITY_KIND_LABELS } from '../../features/activities/labels'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageRoot } from '../../features/elder/PageRoot'
import { formatMinutes } from '../../features/points/labels'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'

const percent = (rate: number) => `${Math.round(rate * 100)}%`

/** Months (newest first), each with its activities per kind: 「志愿服务 3 · 主题党日 1」. */
function byMonth(rows: ActivityStatsResponse['perKindMonth']): Array<{ month: string; total: number; kinds: string }> {
  const months = new Map<string, Array<{ kind: string; count: number }>>()
  for (const row of rows)
    months.set(row.month, [...(months.get(row.month) ?? []), { kind: ACTIVITY_KIND_LABELS[row.kind], count: row.count }])
  return [...months.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, kinds]) => ({
      month,
      total: kinds.reduce((sum, k) => sum + k.count, 0),
      kinds: kinds.map((k) => `${k.kind} ${k.count}`).join(' · '),
    }))
}

/** 活动统计: per kind per month, sign-ups vs attendance, per-branch participation, most active volunteers. */
export default function ActivityStatsPage() {
  const { year, setYear, years, stats } = useActivityStats()
  return (
    <PageRoot>
      <ChipGroup
        label="年度"
        options={years.map((y) => ({ value: String(y), label: `${y} 年` }))}
        value={String(year)}
        onChange={(value) => setYear(Number(value))}
      />
      <PageLoaded state={stats}>{(data) => <StatsView data={data} />}</PageLoaded>
    </PageRoot>
  )
}

function StatsView({ data }: { data: ActivityStatsResponse }) {
  const months = byMonth(data.perKindMonth)
  return (
    <>
      <Card title="报名与出勤">
        <InfoRow label="报名人次">{data.signUps}</InfoRow>
        <InfoRow label="出勤人次">{data.attended}</InfoRow>
        <InfoRow label="出勤率">{data.signUps ? percent(data.attended / data.signUps) : '—'}</InfoRow>
      </Card>
      <Card title="各月活动">
        {months.length ? (
          months.map((month) => (
            <View key={month.month} className="hl-activity-stats__link">
              <Text>
                {month.month}：共 {month.total} 场（{month.kinds}）
              </Text>
            </View>
          ))
        ) : (
          <Text className="hl-activity-stats__note">这一年还没有活动。</Text>
        )}
      </Card>
      <Card title="支部参与率">
        <Text className="hl-activity-stats__note">参与：本年至少出勤一次的党员；会议：三会一课和主题党日场次。</Text>
        {data.branches.map((branch) => (
          <View key={branch.orgId} className="hl-activity-stats__branch" data-testid="branch-row">
            <Text className="hl-strong">{branch.name}</Text>
            <Text className="hl-note">
              党员 {branch.members} · 参与 {branch.participants} · 参与率 {percent(branch.rate)} · 会议 {branch.meetings} 场
            </Text>
          </View>
        ))}
      </Card>
      <Card title="活跃志愿者">
        {data.topVolunteers.length ? (
          data.topVolunteers.map((volunteer, index) => (
            <InfoRow key={`${volunteer.maskedName}-${index}`} label={`${index + 1}. ${volunteer.maskedName}`}>
              {volunteer.activities} 次 · {formatMinutes(volunteer.minutes)}
            </InfoRow>
          ))
        ) : (
          <Text className="hl-activity-stats__note">还没有出勤记录。</Text>
        )}
      </Card>
    </>
  )
}
