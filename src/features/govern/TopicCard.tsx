import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { TopicView } from '@core/contract'
import { TOPIC_ORIGIN_LABELS } from '@core/community/deliberation'
import { formatBeijing } from '@core/time'
import { InfoRow } from '../../components/InfoRow'
import { CardLink } from '../../components/PageLink'
import { Tag } from '../../components/Tag'
import { TOPIC_TONE, topicStatusLabel } from './topicText'
import './govern.scss'

/** A topic: state, origin, audience, deadline and how many took part; tapping opens it (unless `full`). */
export function TopicCard({ topic, full, href, children }: { topic: TopicView; full?: boolean; href?: string; children?: ReactNode }) {
  const body = (
    <>
      <View>
        <Tag tone={TOPIC_TONE[topic.status]}>{topicStatusLabel(topic.status)}</Tag>
        <Tag>{TOPIC_ORIGIN_LABELS[topic.origin]}</Tag>
      </View>
      {full ? <Text className="hl-govern__text">{topic.background}</Text> : null}
      <InfoRow label="范围">{topic.audience.label}</InfoRow>
      <InfoRow label="截止">{formatBeijing(topic.deadline)}</InfoRow>
      {topic.status === 'proposed' ? (
        <InfoRow label="联名">{`${topic.supportCount} / ${topic.supportNeeded} 人`}</InfoRow>
      ) : (
        <InfoRow label="已投票">{`${topic.votes} 人`}</InfoRow>
      )}
      <InfoRow label="提出">{topic.proposerName}</InfoRow>
      {children}
    </>
  )
  return (
    <CardLink title={topic.title} url={full ? null : (href ?? `/pages/community-topic/index?id=${topic.id}`)}>
      {body}
    </CardLink>
  )
}
