import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { DashboardResponse } from '@core/contract'
import { MINUTES_PER_STUDY_HOUR } from '@core/study/rules'
import { formatBeijing } from '@core/time'
import { BarChart } from '../../components/BarChart'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { branchStudy, hours, monthRows, percent } from '../../features/stats/dashboardCharts'
import { useDashboard } from '../../features/stats/useDashboard'
import { announce } from '../../shared/confirm'
import { ChipGroup, optionsOf } from '../../shared/ChipGroup'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'

const go = (url: string) => void Taro.navigateTo({ url })
const times = (n: number) => `${n} 次`
const hoursText = (n: number) => `${n} 小时`
const pointsText = (n: number) => `${n} 分`
const percentText = (n: number) => `${n}%`

/** How many months the charts cover. */
const SPANS = { '6': '近 6 个月', '12': '近 12 个月' }

function More({ label, url }: { label: string; url: string }) {
  return (
    <View className="hl-dashboard__more">
      <BigButton kind="plain" onClick={() => go(url)}>
        {label} ›
      </BigButton>
    </View>
  )
}

/**
 * 数据看板: one screen of charts read at a glance — activities and participation, volunteer hours,
 * 道德银行 issued vs redeemed with the open balance, 学时 vs target, notice read rate, 三会一课 held vs
 * required — each with its numbers as text and a link to its list. The committee sees the community
 * and its branches and can open one; a secretary sees their own branch.
 */
export default function DashboardPage() {
  const me = useMe()
  const isAdmin = me.data?.role === 'admin'
  const [orgId, setOrgId] = useState('')
  const [span, setSpan] = useState<keyof typeof SPANS>('6')
  const [branches, setBranches] = useState<Array<{ value: string; label: string }>>([])
  const board = useDashboard(orgId || null, Number(span))
  const rows = board.data?.branches
  if (rows?.length && !branches.length) setBranches(rows.map((b) => ({ value: b.orgId, label: b.name })))

  const recompute = async () => {
    await announce(await board.refresh(), '已重新计算本月和上月的数字', '重新计算没有完成')
  }

  return (
    <PageRoot>
      {branches.length ? (
        <ChipGroup label="范围" options={[{ value: '', label: '全社区' }, ...branches]} value={orgId} onChange={setOrgId} />
      ) : null}
      <ChipGroup label="时间" options={optionsOf(SPANS)} value={span} onChange={setSpan} />
      <PageLoaded state={board}>
        {(data) => <Charts data={data} isAdmin={isAdmin} onRecompute={recompute} busy={board.refreshing} />}
      </PageLoaded>
    </PageRoot>
  )
}

function Charts({
  data,
  isAdmin,
  onRecompute,
  busy,
}: {
  data: DashboardResponse
  isAdmin: boolean
  onRecompute: () => void
  busy: boolean
}) {
  const months = data.months
  const now = months[months.length - 1]
  const sum = (pick: (m: (typeof months)[number]) => number) => months.reduce((a, m) => a + pick(m), 0)
  const branch = data.org.level === 'branch' ? `?orgId=${data.org.id}` : ''
  const yearHours = Math.round((now.studyYearMinutes / Math.max(1, now.members) / MINUTES_PER_STUDY_HOUR) * 10) / 10
  const targetHours = Math.round(now.studyTargetMinutes / Math.max(1, now.members) / MINUTES_PER_STUDY_HOUR)
  return (
    <>
      <Card title={data.org.name}>
        <Text className="hl-note" data-testid="dashboard-computed">
          {data.computedAt ? `数字更新于 ${formatBeijing(data.computedAt, 'M月D日 HH:mm')}（每天凌晨重新计算）` : '本月的数字还没有计算。'}
        </Text>
        {isAdmin ? (
          <BigButton kind="secondary" busy={busy} onClick={onRecompute}>
            重新计算本月和上月
          </BigButton>
        ) : null}
      </Card>

      <Card title="活动与参与">
        <View className="hl-dashboard__headline">
          <Text className="hl-title" data-testid="dashboard-activities">
            共 {sum((m) => m.activities)} 场活动，参与 {sum((m) => m.attended)} 人次
          </Text>
        </View>
        <BarChart
          title="每月活动场次与参与人次"
          series={[{ label: '活动' }, { label: '参与', tone: 'gold' }]}
          rows={monthRows(months, (m) => [m.activities, m.attended])}
          format={(n, i) => (i === 0 ? `${n} 场` : `${n} 人次`)}
          scalePerSeries
          testId="chart-activities"
        />
        <More label="活动统计" url={`/admin/activities-stats/index`} />
      </Card>

      <Card title="志愿服务时长">
        <View className="hl-dashboard__headline">
          <Text className="hl-title">共 {hours(sum((m) => m.volunteerMinutes))} 小时</Text>
        </View>
        <BarChart
          title="每月志愿服务时长"
          series={[{ label: '时长' }]}
          rows={monthRows(months, (m) => [hours(m.volunteerMinutes)])}
          format={hoursText}
          testId="chart-volunteer"
        />
        <More label="活动统计与活跃志愿者" url="/admin/activities-stats/index" />
      </Card>

      <Card title="道德银行">
        <View className="hl-dashboard__headline">
          <Text className="hl-title" data-testid="dashboard-balance">
            未兑付余额 {now.openBalance} 分
          </Text>
          <Text className="hl-note">
            发放 {sum((m) => m.pointsIssued)} 分 · 兑付 {sum((m) => m.pointsRedeemed)} 分
          </Text>
        </View>
        <BarChart
          title="每月积分发放与兑付"
          series={[{ label: '发放' }, { label: '兑付', tone: 'grey' }]}
          rows={monthRows(months, (m) => [m.pointsIssued, m.pointsRedeemed])}
          format={pointsText}
          testId="chart-points"
        />
        <More
          label={isAdmin ? '道德银行总览' : '日行一善审核'}
          url={isAdmin ? '/admin/points-summary/index' : '/admin/points-deeds/index'}
        />
      </Card>

      <Card title="学时与目标">
        <View className="hl-dashboard__headline">
          <Text className="hl-title" data-testid="dashboard-study">
            今年人均 {yearHours} 学时，目标 {targetHours} 学时
          </Text>
          <Text className="hl-note">未达标 {now.studyBelowTarget} 人</Text>
        </View>
        {data.branches.length ? (
          <BarChart
            title="各支部今年人均学时与目标"
            series={[{ label: '人均' }]}
            rows={data.branches.map((b) => {
              const study = branchStudy(b, MINUTES_PER_STUDY_HOUR)
              return { label: b.name, values: [study.mean], target: study.target, note: `未达标 ${b.studyBelowTarget} 人` }
            })}
            format={(n) => `${n} 学时`}
            testId="chart-study"
          />
        ) : (
          <BarChart
            title="每月学习时长（自学与送学）"
            series={[{ label: '自学' }, { label: '送学', tone: 'gold' }]}
            rows={monthRows(months, (m) => [hours(m.studySelfMinutes), hours(m.studyDeliveryMinutes)])}
            format={hoursText}
            testId="chart-study"
          />
        )}
        <More label="学习情况与未达标名单" url={`/admin/study-figures/index${branch}`} />
      </Card>

      <Card title="通知阅读率">
        <View className="hl-dashboard__headline">
          <Text className="hl-title">
            党员阅读率{' '}
            {percent(
              sum((m) => m.noticeRead),
              sum((m) => m.noticeExpected),
            )}
            %（{sum((m) => m.notices)} 条通知）
          </Text>
        </View>
        <BarChart
          title="每月通知的党员阅读率"
          series={[{ label: '阅读率' }]}
          rows={monthRows(
            months,
            (m) => [percent(m.noticeRead, m.noticeExpected)],
            (m) => (m.notices ? `${m.notices} 条，已读 ${m.noticeRead} / 应读 ${m.noticeExpected} 人次` : '没有通知'),
          )}
          format={percentText}
          testId="chart-notices"
        />
        <More label="通知与未读名单" url="/admin/notices-manage/index" />
      </Card>

      <Card title="三会一课、主题党日">
        <View className="hl-dashboard__headline">
          <Text className="hl-title" data-testid="dashboard-meetings">
            应开 {sum((m) => m.meetingsRequired)} 次，已开 {sum((m) => m.meetingsHeld)} 次
          </Text>
          <Text className="hl-note">每月主题党日、党小组会；每季度支部党员大会、党课</Text>
        </View>
        {data.branches.length ? (
          <BarChart
            title="各支部应开与已开"
            series={[{ label: '应开', tone: 'grey' }, { label: '已开' }]}
            rows={data.branches.map((b) => ({
              label: b.name,
              values: [b.meetingsRequired, b.meetingsHeld],
              note: b.meetingsHeld < b.meetingsRequired ? `缺 ${b.meetingsRequired - b.meetingsHeld} 次` : '全部开展',
            }))}
            format={times}
            testId="chart-meetings"
          />
        ) : (
          <BarChart
            title="每月应开与已开"
            series={[{ label: '应开', tone: 'grey' }, { label: '已开' }]}
            rows={monthRows(
              months,
              (m) => [m.meetingsRequired, m.meetingsHeld],
              (m) => (m.meetingsHeld < m.meetingsRequired ? `缺 ${m.meetingsRequired - m.meetingsHeld} 次` : undefined),
            )}
            format={times}
            testId="chart-meetings"
          />
        )}
        <More label="组织生活台账" url={`/admin/org-life-record/index${branch}`} />
      </Card>

      {data.branches.length ? (
        <Card title="各支部一览">
          {data.branches.map((b) => (
            <View key={b.orgId} className="hl-dashboard__branch" data-testid="dashboard-branch">
              <Text className="hl-strong">{b.name}</Text>
              <Text className="hl-note">
                党员 {b.members} 人 · 活动 {b.activities} 场 · 参与 {b.participants} 人次 · 志愿 {hours(b.volunteerMinutes)} 小时
              </Text>
              <Text className="hl-note">
                积分发放 {b.pointsIssued} · 兑付 {b.pointsRedeemed} · 余额 {b.openBalance} · 阅读率{' '}
                {percent(b.noticeRead, b.noticeExpected)}%
              </Text>
            </View>
          ))}
        </Card>
      ) : null}
    </>
  )
}
