import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { InfoRow } from '../../components/InfoRow'
import { PageState } from '../../components/PageState'
import { PhotoPicker } from '../../components/PhotoPicker'
import { Tag } from '../../components/Tag'
import { ChipGroup } from '../../shared/ChipGroup'
import { toastDone } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { FormNotice } from '../../shared/FormNotice'
import { useRewardEditor } from '../../features/points/admin/useRewardEditor'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'

/** 公益集市管理: rewards with picture, points price, stock (added to, never overwritten) and monthly limit. */
export default function RewardAdminPage() {
  const { list, draft, setDraft, edit, save, busy, reset } = useRewardEditor()
  const [problem, setProblem] = useState<string | null>(null)
  usePullToReload(list.reload)
  const set = (fields: Partial<typeof draft>) => setDraft({ ...draft, ...fields })

  const onSave = async () => {
    setProblem(null)
    const error = await save()
    if (error) setProblem(error.message)
    else toastDone('已保存')
  }

  let items
  if (list.error && !list.data) items = <PageState kind="error" message={list.error.message} onRetry={() => void list.reload()} />
  else if (!list.data) items = <PageState kind="loading" />
  else if (!list.data.items.length) items = <PageState kind="empty" title="还没有兑换物品" description="在上面添加第一件。" />
  else
    items = list.data.items.map((reward) => (
      <Card
        key={reward.id}
        title={reward.name}
        extra={<Tag tone={reward.active ? 'red' : 'neutral'}>{reward.active ? '上架' : '下架'}</Tag>}
      >
        <InfoRow label="所需积分">{reward.price}</InfoRow>
        <InfoRow label="库存">{reward.stock}</InfoRow>
        <InfoRow label="每人每月">{reward.monthlyLimit}</InfoRow>
        <BigButton kind="secondary" block onClick={() => edit(reward)}>
          修改
        </BigButton>
      </Card>
    ))

  return (
    <PageRoot>
      <Card title={draft.id ? `修改「${draft.name}」` : '添加兑换物品'}>
        <FormField label="名称" placeholder="例如：大米（5 斤）" value={draft.name} maxLength={30} onChange={(name) => set({ name })} />
        <FormField label="说明" optional value={draft.description} maxLength={200} onChange={(description) => set({ description })} />
        <PhotoPicker label="图片" max={1} value={draft.photos} onChange={(photos) => set({ photos })} />
        <FormField label="所需积分" type="number" value={draft.price} onChange={(price) => set({ price })} />
        <FormField
          label={draft.id ? '补充库存（减少填负数）' : '库存'}
          type="number"
          value={draft.stockChange}
          onChange={(stockChange) => set({ stockChange })}
        />
        <FormField label="每人每月限兑" type="number" value={draft.monthlyLimit} onChange={(monthlyLimit) => set({ monthlyLimit })} />
        <ChipGroup
          label="状态"
          options={[
            { value: 'yes', label: '上架' },
            { value: 'no', label: '下架' },
          ]}
          value={draft.active}
          onChange={(active) => set({ active })}
        />
        <FormNotice message={problem} />
        <View>
          <BigButton block busy={busy} onClick={() => void onSave()}>
            保存
          </BigButton>
          {draft.id ? (
            <BigButton kind="plain" block onClick={reset}>
              取消修改
            </BigButton>
          ) : null}
        </View>
      </Card>
      {list.error && list.data ? <RefreshFailedNotice error={list.error} onRetry={() => void list.reload()} /> : null}
      <Text>全部物品</Text>
      {items}
    </PageRoot>
  )
}
