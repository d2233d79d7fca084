import { Text, View } from '@tarojs/components'
import type { MaterialListItem } from '@core/contract'
import { PageLink } from '../../components/PageLink'
import { Tag } from '../../components/Tag'
import { kindLabel, minutesText } from './labels'
import './MaterialRow.scss'

/** One material in a list: kind (icon and word), title, due date when assigned to me, what I studied. */
export function MaterialRow({ material }: { material: MaterialListItem }) {
  const done = material.studiedMinutes >= material.durationMinutes
  return (
    <PageLink url={`/pages/study-detail/index?id=${material.id}`} className="hl-material-row" hoverClass="hl-material-row--pressed">
      <View className="hl-material-row__tags">
        <Tag tone="neutral">{kindLabel(material.kind)}</Tag>
        {material.dueDate ? <Tag tone="red">{`${material.dueDate} 前完成`}</Tag> : null}
        {done ? <Tag tone="gold">已学完</Tag> : null}
        {material.archived ? <Tag>已下架</Tag> : null}
      </View>
      <Text className="hl-item-title">{material.title}</Text>
      {material.summary ? <Text className="hl-muted">{material.summary}</Text> : null}
      <Text className="hl-muted">
        {material.topic} · 约 {minutesText(material.durationMinutes)} ·{' '}
        {material.studiedMinutes ? `已学 ${minutesText(material.studiedMinutes)}` : '还没有学'}
      </Text>
    </PageLink>
  )
}
