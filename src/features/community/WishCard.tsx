import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { WishView } from '@core/contract'
import { WISH_STATUS_LABELS } from '@core/community/constants'
import { formatBeijing } from '@core/time'
import { Card } from '../../components/Card'
import { InfoRow } from '../../components/InfoRow'
import { PhotoGrid } from '../../components/PhotoGrid'
import { Tag } from '../../components/Tag'
import { fileUrl } from '../../services/storage'
import { WISH_TONE } from './labels'
import './community.scss'

/** One wish: what, by when, whose (masked to others), its state; the whole card opens its page. */
export function WishCard({ wish, full = false, children }: { wish: WishView; full?: boolean; children?: React.ReactNode }) {
  const open = () => void Taro.navigateTo({ url: `/pages/community-wish/index?id=${wish.id}` })
  return (
    <Card title={wish.title} extra={<Tag tone={WISH_TONE[wish.status]}>{WISH_STATUS_LABELS[wish.status]}</Tag>}>
      {/* The link's name is its visible text (axe: label-content-name-mismatch). */}
      <View onClick={full ? undefined : open} aria-role={full ? undefined : 'link'}>
        {wish.text ? <Text className="hl-community__text">{wish.text}</Text> : null}
        {wish.photo && full ? <PhotoGrid fileIds={[wish.photo]} label="心愿照片" urlOf={fileUrl} /> : null}
        <InfoRow label="许愿人">{wish.wisherName}</InfoRow>
        <InfoRow label="希望完成">{`${wish.needBy} 前`}</InfoRow>
        {wish.claimantName ? <InfoRow label="认领人">{wish.claimantName}</InfoRow> : null}
        {full ? <InfoRow label="发布时间">{formatBeijing(wish.postedAt)}</InfoRow> : null}
        {wish.reason ? <InfoRow label="未通过原因">{wish.reason}</InfoRow> : null}
        {full && wish.fulfilPhoto ? <PhotoGrid fileIds={[wish.fulfilPhoto]} label="完成照片" urlOf={fileUrl} /> : null}
        {full && wish.fulfilNote ? <InfoRow label="完成说明">{wish.fulfilNote}</InfoRow> : null}
      </View>
      {children}
    </Card>
  )
}
