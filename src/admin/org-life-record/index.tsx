import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { ACTIVITY_KIND_LABELS } from '@core/activities/constants'
import type { YearlyRecordResponse } from '@core/contract'
import { beijingYear, formatBeijing } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { RecordRow } from '../../components/RecordRow'
import { CAN_PRINT, printPage } from '../../features/activities/platform'
import { ruleTitle, yearlyCell } from '../../features/activities/admin/yearlyCells'
import { useYearlyRecord } from '../../features/activities/admin/useYearlyRecord'
import { PageRoot } from '../../features/elder/PageRoot'
import { ChipGroup } from '../../shared/ChipGroup'
import { announce } from '../../shared/confirm'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'

/** 组织生活年度台账: each month's required meetings held or missing, 到会率, the meetings, .xlsx and print. */
export default function OrgLifeRecordPage() {
  const yearly = useYearlyRecord(useRouter().params.orgId)
  const years = [0, 1, 2].map((back) => String(beijingYear(Date.now()) - back))
  const download = async () => announce(await yearly.download(), '台账已导出', '没有导出成功')
  return (
    <PageRoot>
      <View className="hl-org-life__controls">
        <ChipGroup
          label="年份"
          options={years.map((y) => ({ value: y, label: `${y} 年` }))}
          value={String(yearly.year)}
          onChange={(y) => yearly.setYear(Number(y))}
        />
        {yearly.data && yearly.data.branches.length > 1 ? (
          <ChipGroup
            label="支部"
            options={yearly.data.branches.map((b) => ({ value: b.id, label: b.name }))}
            value={yearly.data.orgId}
            onChange={yearly.setOrgId}
          />
        ) : null}
      </View>
      <PageLoaded state={yearly}>
        {(data) => (
          <>
            <YearlyTable data={data} />
            <View className="hl-org-life__actions">
              <BigButton kind="secondary" block busy={yearly.busy === 'export' || undefined} onClick={() => void download()}>
                导出 Excel 台账
              </BigButton>
              {CAN_PRINT ? (
                <BigButton kind="secondary" block onClick={printPage}>
                  打印台账
                </BigButton>
              ) : null}
            </View>
            <MeetingList data={data} />
          </>
        )}
      </PageLoaded>
    </PageRoot>
  )
}

function YearlyTable({ data }: { data: YearlyRecordResponse }) {
  const { record } = data
  const t = record.totals
  return (
    <Card title={`${data.orgName} ${data.year} 年组织生活`}>
      <Text className="hl-strong hl-org-life__totals" data-testid="yearly-totals">
        应开展 {t.required} 次 · 已开展 {t.held} 次 · 未开展 {t.missing} 次
      </Text>
      <View className="hl-org-life__table" aria-role="table" aria-label={`${data.year} 年组织生活台账`}>
        <View className="hl-org-life__row hl-org-life__row--head" aria-role="row">
          <Text className="hl-org-life__cell hl-org-life__cell--month" aria-role="columnheader">
            月份
          </Text>
          {record.rules.map((rule) => (
            <Text key={rule.kind} className="hl-org-life__cell" aria-role="columnheader">
              {ruleTitle(rule)}
            </Text>
          ))}
          <Text className="hl-org-life__cell" aria-role="columnheader">
            到会率
          </Text>
        </View>
        {record.months.map((month, index) => (
          <View key={month.month} className="hl-org-life__row" aria-role="row" data-testid="yearly-month">
            <Text className="hl-org-life__cell hl-org-life__cell--month" aria-role="rowheader">
              {index + 1} 月
            </Text>
            {record.rules.map((rule) => {
              const cell = yearlyCell(rule, record, month.month)
              return (
                <Text key={rule.kind} className={`hl-org-life__cell${cell.missing ? ' hl-org-life__cell--missing' : ''}`} aria-role="cell">
                  {cell.text}
                </Text>
              )
            })}
            <Text className="hl-org-life__cell" aria-role="cell">
              {month.rate === null ? '' : `${month.rate}%`}
            </Text>
          </View>
        ))}
      </View>
    </Card>
  )
}

function MeetingList({ data }: { data: YearlyRecordResponse }) {
  if (!data.meetings.length) return <Text className="hl-org-life__empty">这一年还没有记录会议纪要的会议。</Text>
  return (
    <Card title="会议记录">
      {data.meetings.map((m) => (
        <RecordRow
          key={m.activityId}
          testId="yearly-meeting"
          title={`${formatBeijing(m.startAt, 'M月D日')} · ${ACTIVITY_KIND_LABELS[m.kind]} · ${m.title}`}
          lines={[
            m.counts
              ? `应到 ${m.counts.expected} · 实到 ${m.counts.present} · 请假 ${m.counts.leave} · 缺席 ${m.counts.absent}${m.counts.rate === null ? '' : ` · 到会率 ${m.counts.rate}%`}`
              : '未按花名册登记',
            m.version ? `已签字确认（第 ${m.version} 版）` : '未签字确认',
          ]}
          actions={
            <BigButton kind="plain" onClick={() => void Taro.navigateTo({ url: `/admin/activities-register/index?id=${m.activityId}` })}>
              查看登记
            </BigButton>
          }
        />
      ))}
    </Card>
  )
}
