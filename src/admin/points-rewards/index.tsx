import { Text } from '@tarojs/components'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { InfoRow } from '../../components/InfoRow'
import { PhotoPicker } from '../../components/PhotoPicker'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { useRewardEditor } from '../../features/points/admin/useRewardEditor'
import { BooleanChips } from '../../shared/ChipGroup'
import { ListEditorCard } from '../../shared/ListEditorCard'
import { PageLoaded } from '../../shared/PageLoaded'
import { useUpload } from '../../shared/useUpload'

/** 公益集市管理: rewards with picture, points price, stock (added to, never overwritten) and monthly limit. */
export default function RewardAdminPage() {
  const editor = useRewardEditor()
  const { list, field, editing } = editor
  const upload = useUpload('image')

  return (
    <PageRoot>
      <ListEditorCard title={editing ? `修改「${editing.name}」` : '添加兑换物品'} editor={editor}>
        <FormField label="名称" placeholder="例如：大米（5 斤）" {...field('name')} maxLength={30} />
        <FormField label="说明" optional {...field('description')} maxLength={200} />
        <PhotoPicker label="图片" max={1} {...field('photos')} upload={upload} />
        <FormField label="所需积分" type="number" {...field('price')} />
        <FormField label={editing ? '补充库存（减少填负数）' : '库存'} type="number" {...field('stockChange')} />
        <FormField label="每人每月限兑" type="number" {...field('monthlyLimit')} />
        <BooleanChips label="状态" yes="上架" no="下架" {...field('active')} />
      </ListEditorCard>
      <Text>全部物品</Text>
      <PageLoaded state={list} empty={(data) => !data.items.length && { title: '还没有兑换物品', description: '在上面添加第一件。' }}>
        {(data) =>
          data.items.map((reward) => (
            <Card
              key={reward.id}
              title={reward.name}
              extra={<Tag tone={reward.active ? 'red' : 'neutral'}>{reward.active ? '上架' : '下架'}</Tag>}
            >
              <InfoRow label="所需积分">{reward.price}</InfoRow>
              <InfoRow label="库存">{reward.stock}</InfoRow>
              <InfoRow label="每人每月">{reward.monthlyLimit}</InfoRow>
              <BigButton kind="secondary" block onClick={() => editor.edit(reward)}>
                修改
              </BigButton>
            </Card>
          ))
        }
      </PageLoaded>
    </PageRoot>
  )
}
