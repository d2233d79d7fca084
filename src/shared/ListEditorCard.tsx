import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { BigButton } from '../components/BigButton'
import { Card } from '../components/Card'
import { toastDone } from './confirm'
import { FormNotice } from './FormNotice'
import type { ListEditor } from './useListEditor'

/** The form above a list edited in place: its fields, what went wrong, 保存, and 取消修改 while editing. */
export function ListEditorCard<Item, Draft>(props: { title: string; editor: ListEditor<Item, Draft>; children: ReactNode }) {
  const { editor } = props
  const save = async () => {
    if ((await editor.save()).ok) toastDone('已保存')
  }
  return (
    <Card title={props.title}>
      {props.children}
      <FormNotice message={editor.problem} />
      <View>
        <BigButton block busy={editor.busy} onClick={() => void save()}>
          保存
        </BigButton>
        {editor.editing ? (
          <BigButton kind="plain" block onClick={editor.cancel}>
            取消修改
          </BigButton>
        ) : null}
      </View>
    </Card>
  )
}
