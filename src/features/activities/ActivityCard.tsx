import { Text, View } from '@tarojs/components'
import type { ActivityListItem } from '@core/contract'
import { PageLink } from '../../components/PageLink'
import { Tag } from '../../components/Tag'
import { ACTIVITY_KIND_LABELS, activityTime, isFull, MY_STATUS_LABELS, seatsText } from './labels'
import './ActivityCard.scss'

/**
 * One activity in a list: kind, title, when and where, seats (剩 n / 已满 · 候补 n), my status. Once it
 * has ended it says 已结束 instead of seats and 已报名 (neither can be acted on any more).
 */
export function ActivityCard({ item, url, extra }: { item: ActivityListItem; url?: string; extra?: string }) {
  const full = isFull(item)
  const ended = Date.parse(item.endAt) <= Date.now()
  return (
    <PageLink url={url ?? `/pages/activities-detail/index?id=${item.id}`} className="hl-activity-card" testId="activity-card">
      <View className="hl-activity-card__tags">
        <Tag tone="red">{ACTIVITY_KIND_LABELS[item.kind]}</Tag>
        {item.status === 'cancelled' ? <Tag>已取消</Tag> : null}
        {ended && item.status !== 'cancelled' ? <Tag>已结束</Tag> : null}
        {!ended && item.myStatus && item.myStatus !== 'cancelled' ? <Tag tone="gold">{MY_STATUS_LABELS[item.myStatus]}</Tag> : null}
      </View>
      <Text className="hl-item-title">{item.title}</Text>
      <Text className="hl-note">时间　{activityTime(item.startAt, item.endAt)}</Text>
      <Text className="hl-note">地点　{item.place}</Text>
      {item.team ? <Text className="hl-note">主办：{item.team.name}</Text> : null}
      {item.coOrganizers.length ? <Text className="hl-note">协办：{item.coOrganizers.map((unit) => unit.name).join('、')}</Text> : null}
      <View className="hl-activity-card__foot">
        {ended ? (
          <Text className="hl-activity-card__seats">已结束</Text>
        ) : (
          <Text className={full ? 'hl-activity-card__seats hl-activity-card__seats--full' : 'hl-activity-card__seats'}>
            {seatsText(item)}
          </Text>
        )}
        {item.points ? <Text className="hl-activity-card__points">+{item.points} 积分</Text> : null}
      </View>
      {extra ? <Text className="hl-activity-card__extra">{extra}</Text> : null}
    </PageLink>
  )
}
