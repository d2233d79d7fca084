import { Text } from '@tarojs/components'
import type { ProblemWallItem as Item } from '@core/contract'
import { TICKET_CATEGORY_LABELS } from '@core/community/constants'
import { formatBeijing } from '@core/time'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { PhotoGrid } from '../../components/PhotoGrid'
import { Tag } from '../../components/Tag'
import { fileUrl } from '../../services/storage'
import './community.scss'

/** One solved problem on 问题墙: what was wrong, what was done, by whom, in how many days (reporter masked). */
export function ProblemWallItem({ item }: { item: Item }) {
  return (
    <Card title={`${TICKET_CATEGORY_LABELS[item.category]} · ${item.building}`} extra={<Tag tone="red">已解决</Tag>}>
      <Text className="hl-community__text">{item.text}</Text>
      <InfoRow label="办理结果">{item.result}</InfoRow>
      <PhotoGrid fileIds={item.resultPhotos} label="办结照片" urlOf={fileUrl} />
      <InfoRow label="承办">{item.handlerName}</InfoRow>
      <InfoRow label="反映人">{item.reporterName}</InfoRow>
      <InfoRow label="办结">{`${formatBeijing(item.closedAt, 'YYYY-MM-DD')}（用时 ${item.daysToClose} 天）`}</InfoRow>
      {item.rating ? <InfoRow label="居民评价">{`${item.rating} 星`}</InfoRow> : null}
    </Card>
  )
}
