import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { InfoRow } from '../../components/InfoRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { useCategoryEditor } from '../../features/points/admin/useCategoryEditor'
import { ListEditorCard, OnOffChips } from '../../shared/ListEditorCard'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'

/** 积分类别: the kinds of 日行一善 and their points (switched off, not deleted). */
export default function CategoryAdminPage() {
  const editor = useCategoryEditor()
  const { list, form, set, editing } = editor
  usePullToReload(list.reload)

  return (
    <PageRoot>
      <ListEditorCard title={editing ? `修改「${editing.name}」` : '添加类别'} editor={editor}>
        <FormField label="名称" placeholder="例如：垃圾分类" value={form.name} maxLength={20} onChange={(name) => set({ name })} />
        <FormField label="积分" type="number" value={form.points} onChange={(points) => set({ points })} />
        <FormField label="说明" optional value={form.description} maxLength={100} onChange={(description) => set({ description })} />
        <OnOffChips on="启用" off="停用" value={form.active} onChange={(active) => set({ active })} />
      </ListEditorCard>
      <Loaded
        state={list}
        empty={(data) => !data.items.length && { title: '还没有类别', description: '在上面添加，例如「互帮互助 20 分」。' }}
      >
        {(data) =>
          data.items.map((c) => (
            <Card
              key={c.id}
              title={`${c.name} · ${c.points} 分`}
              extra={<Tag tone={c.active ? 'red' : 'neutral'}>{c.active ? '启用' : '停用'}</Tag>}
            >
              {c.description ? <InfoRow label="说明">{c.description}</InfoRow> : null}
              <BigButton kind="secondary" block onClick={() => editor.edit(c)}>
                修改
              </BigButton>
            </Card>
          ))
        }
      </Loaded>
    </PageRoot>
  )
}
