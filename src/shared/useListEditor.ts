import { useState } from 'react'
import type { Reply } from '@core/envelope'
import { afterOk } from './outcome'
import { useLoad, type LoadState } from './useLoad'
import { useRecordForm, type RecordForm } from './useRecordForm'
import { useWrite } from './useWrite'

export interface ListEditorOptions<Item extends { id: string }, Draft> {
  key: string
  load: () => Promise<Reply<{ items: Item[] }>>
  /** The form of a new item. */
  empty: () => Draft
  /** The form filled from an item chosen for editing. */
  draftOf: (item: Item) => Draft
  /** Adds (no id in the draft) or saves the chosen item. */
  send: (draft: Draft, editing: Item | null) => Promise<Reply<unknown>>
}

export interface ListEditor<Item, Draft> extends RecordForm<Draft> {
  list: LoadState<{ items: Item[] }>
  /** The item being edited; null while the form adds a new one. */
  editing: Item | null
  edit: (item: Item) => void
  /** Back to adding a new one. */
  cancel: () => void
  /** What went wrong with the last save, said under the form. */
  problem: string | null
  busy: boolean
  /** Sends the form; on success it starts over empty and the list reloads. */
  save: () => Promise<Reply<null>>
}

/**
 * An admin list edited in place (积分类别, 公益集市): every item, one form above it that adds a new item
 * or edits the chosen one (refilled from it, like every editor: `useRecordForm`).
 */
export function useListEditor<Item extends { id: string }, Draft>(options: ListEditorOptions<Item, Draft>): ListEditor<Item, Draft> {
  const list = useLoad(options.key, options.load)
  const [editing, setEditing] = useState<Item | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const form = useRecordForm(editing, { versionOf: (item) => item.id, formOf: options.draftOf, empty: options.empty })
  const write = useWrite()

  const cancel = () => {
    setEditing(null)
    setProblem(null)
    form.reset()
  }
  const save = async () => {
    setProblem(null)
    const outcome = await write.run(async () => afterOk(await options.send(form.form, editing), () => null))
    if (!outcome.ok) setProblem(outcome.error.message)
    else {
      cancel()
      await list.reload()
    }
    return outcome
  }
  return { ...form, list, editing, edit: setEditing, cancel, problem, busy: write.busy, save }
}
