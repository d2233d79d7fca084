import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { BigButton } from '../components/BigButton'
import './editor.scss'

/**
 * The column of buttons under a record editor (发布 / 保存修改 of an activity, a notice, a study
 * material): the full-width save button, busy while the editor writes, then what else the record
 * allows (撤回, 下架, a note).
 */
export function EditorActions({
  busy,
  save,
  onSave,
  children,
}: {
  busy: boolean
  /** The save button's words (发布活动, or 保存修改 once the record exists). */
  save: string
  onSave: () => unknown
  children?: ReactNode
}) {
  return (
    <View className="hl-editor__actions">
      <BigButton block busy={busy || undefined} onClick={() => void onSave()}>
        {save}
      </BigButton>
      {children}
    </View>
  )
}
