import { Text, View } from '@tarojs/components'
import type { StudyRecordView } from '@core/contract'
import { DELIVERY_METHOD_LABELS } from '@core/study/rules'
import { Tag } from '../../components/Tag'
import { minutesText } from './labels'
import './StudyRecordRow.scss'

/** One study record: what, when, how long; a delivery says who brought it: 「由 张晓东 送学」. */
export function StudyRecordRow({ record }: { record: StudyRecordView }) {
  return (
    <View className="hl-study-record" data-testid="study-record">
      <Text className="hl-strong">{record.materialTitle}</Text>
      <Text className="hl-note">
        {record.day} · {record.minutes ? `计 ${minutesText(record.minutes)}` : '今日已计满，未再计时'}
      </Text>
      {record.source === 'delivery' ? (
        <View className="hl-study-record__delivery">
          <Tag tone="gold">{`由 ${record.deliveredBy ?? '结对党员'} 送学`}</Tag>
          {record.method ? <Text className="hl-note">{DELIVERY_METHOD_LABELS[record.method]}</Text> : null}
        </View>
      ) : record.method === 'remote' ? (
        <View className="hl-study-record__delivery">
          <Tag tone="gold">远程参加</Tag>
          {record.deliveredBy ? <Text className="hl-note">{`由 ${record.deliveredBy} 代为登记`}</Text> : null}
        </View>
      ) : null}
    </View>
  )
}
