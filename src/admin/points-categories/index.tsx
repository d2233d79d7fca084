import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { InfoRow } from '../../components/InfoRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { useCategoryEditor } from '../../features/points/admin/useCategoryEditor'
import { BooleanChips } from '../../shared/ChipGroup'
import { ListEditorCard } from '../../shared/ListEditorCard'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'

/** 积分类别: the kinds of 日行一善 and their points (switched off, not deleted). */
export default function CategoryAdminPage() {
  const editor = useCategoryEditor()
  const { list, field, editing } = editor
  usePullToReload(list.reload)

  return (
    <PageRoot>
      <ListEditorCard title={editing ? `修改「${editing.name}」` : '添加类别'} editor={editor}>
        <FormField label="名称" placeholder="例如：垃圾分类" {...field('name')} maxLength={20} />
        <FormField label="积分" type="number" {...field('points')} />
        <FormField label="说明" optional {...field('description')} maxLength={100} />
        <BooleanChips label="状态" yes="启用" no="停用" {...field('active')} />
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
