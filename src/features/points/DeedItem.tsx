import { Text } from '@tarojs/components'
import type { GoodDeedView } from '@core/contract'
import { PHOTO_REVIEW_LABELS } from '@core/content/review'
import { formatBeijing } from '@core/time'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { PhotoGrid } from '../../components/PhotoGrid'
import { Tag } from '../../components/Tag'
import { fileUrl } from '../../services/storage'
import { DEED_STATUS_LABELS } from './labels'
import './DeedItem.scss'

const TONE = { pending: 'gold', approved: 'red', rejected: 'neutral' } as const

/** One good-deed report: category and points, text, photos, who reported it, and the outcome. */
export function DeedItem({ deed, children }: { deed: GoodDeedView; children?: React.ReactNode }) {
  return (
    <Card title={`${deed.categoryName} · ${deed.points} 分`} extra={<Tag tone={TONE[deed.status]}>{DEED_STATUS_LABELS[deed.status]}</Tag>}>
      <Text className="hl-deed__text">{deed.text}</Text>
      <PhotoGrid fileIds={deed.photos} label="日行一善照片" urlOf={fileUrl} />
      {deed.heldPhotos.length ? (
        <>
          <Text className="hl-deed__held">照片审核通过后他人才能看到：</Text>
          <PhotoGrid
            fileIds={deed.heldPhotos.map((photo) => photo.fileId)}
            marks={deed.heldPhotos.map((photo) => PHOTO_REVIEW_LABELS[photo.review])}
            label="我的照片"
            urlOf={fileUrl}
          />
        </>
      ) : null}
      <InfoRow label="申报人">{deed.byHelper ? `${deed.reporterName}（为${deed.personName}申报）` : deed.personName}</InfoRow>
      <InfoRow label="时间">{formatBeijing(deed.submittedAt)}</InfoRow>
      {deed.reason ? <InfoRow label="驳回原因">{deed.reason}</InfoRow> : null}
      {children}
    </Card>
  )
}
