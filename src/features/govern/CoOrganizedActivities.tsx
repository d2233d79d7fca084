import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PartnerUnitView } from '@core/contract/govern'
import { formatBeijing } from '@core/time'
import { InfoRow } from '../../components/InfoRow'

/** 协办的活动: the activities a partner unit co-organised, latest first, each opening the activity. */
export function CoOrganizedActivities({ unit }: { unit: PartnerUnitView }) {
  return (
    <InfoRow label="协办的活动">
      {unit.coOrganized.length ? (
        <View data-testid="co-organized">
          {unit.coOrganized.map((activity) => (
            <View key={activity.id}>
              <Text
                className="hl-link"
                aria-role="link"
                onClick={() => void Taro.navigateTo({ url: `/pages/activities-detail/index?id=${activity.id}` })}
              >
                {formatBeijing(activity.startAt, 'M月D日')} {activity.title}
              </Text>
            </View>
          ))}
        </View>
      ) : (
        '—'
      )}
    </InfoRow>
  )
}
