import { Text, View } from '@tarojs/components'
import type { TicketView } from '@core/contract'
import { TICKET_STEP_LABELS } from '@core/community/constants'
import { formatBeijing } from '@core/time'
import { Card } from '../../components/Card'
import './community.scss'

/** 办理时间线: every step with who, when and what, oldest first. */
export function TicketTimeline({ ticket }: { ticket: TicketView }) {
  return (
    <Card title="办理进度">
      {ticket.timeline.map((event, i) => (
        <View key={i} className="hl-community__step">
          <Text className="hl-community__step-head">{`${TICKET_STEP_LABELS[event.step]} · ${formatBeijing(event.at)}`}</Text>
          <Text>{`${event.byName}（${event.byRole}）：${event.text}`}</Text>
        </View>
      ))}
    </Card>
  )
}
