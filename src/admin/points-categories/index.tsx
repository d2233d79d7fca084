import { View } from '@tarojs/components'
import { useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { InfoRow } from '../../components/InfoRow'
import { PageState } from '../../components/PageState'
import { Tag } from '../../components/Tag'
import { ChipGroup } from '../../shared/ChipGroup'
import { toastDone } from '../../shared/confirm'
import { PageRoot } from '../../features/elder/PageRoot'
import { FormNotice } from '../../shared/FormNotice'
import { useCategoryEditor } from '../../features/points/admin/useCategoryEditor'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'

/** 积分类别: the kinds of 日行一善 and their points (switched off, not deleted). */
export default function CategoryAdminPage() {
  const { list, draft, setDraft, edit, save, busy, reset } = useCategoryEditor()
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
  else if (!list.data.items.length) items = <PageState kind="empty" title="还没有类别" description="在上面添加，例如「互帮互助 20 分」。" />
  else
    items = list.data.items.map((c) => (
      <Card
        key={c.id}
        title={`${c.name} · ${c.points} 分`}
        extra={<Tag tone={c.active ? 'red' : 'neutral'}>{c.active ? '启用' : '停用'}</Tag>}
      >
        {c.description ? <InfoRow label="说明">{c.description}</InfoRow> : null}
        <BigButton kind="secondary" block onClick={() => edit(c)}>
          修改
        </BigButton>
      </Card>
    ))

  return (
    <PageRoot>
      <Card title={draft.id ? `修改「${draft.name}」` : '添加类别'}>
        <FormField label="名称" placeholder="例如：垃圾分类" value={draft.name} maxLength={20} onChange={(name) => set({ name })} />
        <FormField label="积分" type="number" value={draft.points} onChange={(points) => set({ points })} />
        <FormField label="说明" optional value={draft.description} maxLength={100} onChange={(description) => set({ description })} />
        <ChipGroup
          label="状态"
          options={[
            { value: 'yes', label: '启用' },
            { value: 'no', label: '停用' },
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
      {items}
    </PageRoot>
  )
}
