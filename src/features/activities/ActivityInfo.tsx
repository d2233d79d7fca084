import { Image, Text, View } from '@tarojs/components'
import type { ActivityDetail } from '@core/contract'
import { formatBeijing } from '@core/time'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { Tag } from '../../components/Tag'
import { fileUrl } from '../../services/storage'
import { formatMinutes } from '../points/labels'
import { ACTIVITY_KIND_LABELS, activityTime, seatsText } from './labels'
import './ActivityInfo.scss'

function signUpWindow(activity: ActivityDetail): string {
  const opens = activity.signUpOpensAt ? formatBeijing(activity.signUpOpensAt, 'M月D日 HH:mm') : '发布后'
  const closes = formatBeijing(activity.signUpClosesAt ?? activity.startAt, 'M月D日 HH:mm')
  return `${opens} 至 ${closes}`
}

/** Everything about one activity: cover, when, where, 主办 team and 协办 units, who may join, seats, what it earns. */
export function ActivityInfo({ activity }: { activity: ActivityDetail }) {
  const earns = [
    activity.points ? `${activity.points} 积分` : '',
    activity.serviceMinutes ? `志愿时长 ${formatMinutes(activity.serviceMinutes)}` : '',
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <>
      {activity.coverFileId ? (
        <Image className="hl-activity-info__cover" src={fileUrl(activity.coverFileId)} mode="aspectFill" ariaLabel="活动封面" />
      ) : null}
      <Card
        title={activity.title}
        extra={
          <View className="hl-activity-info__kind">
            <Tag tone="red">{ACTIVITY_KIND_LABELS[activity.kind]}</Tag>
          </View>
        }
      >
        {activity.status === 'cancelled' ? <Text className="hl-activity-info__cancelled">本活动已取消</Text> : null}
        <InfoRow label="时间">{activityTime(activity.startAt, activity.endAt)}</InfoRow>
        <InfoRow label="地点">{activity.place}</InfoRow>
        {activity.team ? <InfoRow label="主办">{activity.team.name}</InfoRow> : null}
        {activity.coOrganizers.length ? <InfoRow label="协办">{activity.coOrganizers.map((unit) => unit.name).join('、')}</InfoRow> : null}
        <InfoRow label="组织者">{activity.organizerName}</InfoRow>
        <InfoRow label="参加范围">{activity.audience.label}</InfoRow>
        <InfoRow label="名额">{seatsText(activity)}</InfoRow>
        <InfoRow label="报名时间">{signUpWindow(activity)}</InfoRow>
        <InfoRow label="取消截止">{formatBeijing(activity.cancelDeadline ?? activity.startAt, 'M月D日 HH:mm')}</InfoRow>
        {earns ? <InfoRow label="参加可得">{earns}</InfoRow> : null}
        {activity.description ? (
          <View className="hl-activity-info__description">
            {activity.description.split('\n').map((line, index) => (
              <Text key={index} className="hl-activity-info__para">
                {line}
              </Text>
            ))}
          </View>
        ) : null}
      </Card>
    </>
  )
}
