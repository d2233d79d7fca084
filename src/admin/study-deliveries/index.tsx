import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../../components/Card'
import { toBeijing } from '@core/time'
import { Tag } from '../../components/Tag'
import { ChipGroup } from '../../shared/ChipGroup'
import { PageRoot } from '../../features/elder/PageRoot'
import { PageLoaded } from '../../shared/PageLoaded'
import { minutesText } from '../../features/study/labels'
import { useDeliveries } from '../../features/study/useManageStudy'
import './index.scss'

/** This month and the last two, in Beijing time: 「2026-11」. */
function recentMonths(now = Date.now()): string[] {
  return [0, 1, 2].map((back) => toBeijing(now).startOf('month').subtract(back, 'month').format('YYYY-MM'))
}

/** 结对送学情况: deliveries per helper for a month, and the elders nobody reached (to follow up by phone). */
export default function StudyDeliveriesPage() {
  const months = recentMonths()
  const [month, setMonth] = useState(months[0])
  const loaded = useDeliveries(month)

  return (
    <PageRoot>
      <ChipGroup
        label="月份"
        options={months.map((value, index) => ({ value, label: index === 0 ? `本月（${value}）` : value }))}
        value={month}
        onChange={setMonth}
      />
      <PageLoaded state={loaded}>
        {(data) => (
          <>
            <Card title={`各结对党员送学（${data.helpers.length} 人）`}>
              {data.helpers.length ? (
                data.helpers.map((helper) => (
                  <View key={helper.helperId} className="hl-study-deliveries__row" data-testid="delivery-helper">
                    <Text className="hl-strong">{helper.helperName}</Text>
                    <Text className="hl-note">
                      送学 {helper.deliveries} 次 · {helper.elders} 位长辈 · 共 {minutesText(helper.minutes)}
                    </Text>
                  </View>
                ))
              ) : (
                <Text className="hl-note">这个月还没有送学记录。</Text>
              )}
            </Card>
            <Card title={`还没有人送学的长辈（${data.unreached.length} 人）`}>
              {data.unreached.length ? (
                data.unreached.map((elder) => (
                  <View key={elder.elderId} className="hl-study-deliveries__row" data-testid="unreached-elder">
                    <Text className="hl-strong">{elder.name}</Text>
                    <Text className="hl-note">
                      {elder.orgName ?? '未分组'}
                      {elder.phoneMasked ? ` · ${elder.phoneMasked}` : ''}
                    </Text>
                    {elder.helperName ? (
                      <Text className="hl-note">结对党员：{elder.helperName}</Text>
                    ) : (
                      <Tag tone="red">还没有结对党员</Tag>
                    )}
                  </View>
                ))
              ) : (
                <Text className="hl-note">这个月每位长辈都有人送学了。</Text>
              )}
            </Card>
          </>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
