import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { TopicView } from '@core/contract'
import { formatBeijing } from '@core/time'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import './govern.scss'

/** The published decision (with its follow-up activity) and the 议事会 record, when there are. */
export function TopicOutcome({ topic }: { topic: TopicView }) {
  return (
    <>
      {topic.decision ? (
        <Card title="协商结果">
          <Text className="hl-govern__text">{topic.decision}</Text>
          {topic.decidedAt ? <InfoRow label="公布时间">{formatBeijing(topic.decidedAt)}</InfoRow> : null}
          {topic.followUpActivityId ? (
            <BigButton
              kind="secondary"
              block
              onClick={() => void Taro.navigateTo({ url: `/pages/activities-detail/index?id=${topic.followUpActivityId}` })}
            >
              查看后续活动
            </BigButton>
          ) : null}
        </Card>
      ) : null}
      {topic.meeting ? (
        <Card title="议事会记录">
          <InfoRow label="时间">{topic.meeting.heldOn}</InfoRow>
          <InfoRow label="地点">{topic.meeting.place}</InfoRow>
          <InfoRow label="参会">{topic.meeting.attendees.map((a) => `${a.name}（${a.side}）`).join('、')}</InfoRow>
          <Text className="hl-govern__text">{topic.meeting.minutes}</Text>
        </Card>
      ) : null}
    </>
  )
}
