import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import type { Reply } from '@core/envelope'
import { useLoad } from './useLoad'
import { idAndVersion, useRecordForm } from './useRecordForm'
import { useWrite } from './useWrite'

export interface RecordEditorOptions<D, R extends { id: string; version: number }, F> {
  /** Reads the record (and whatever comes with it) by id. */
  load: (id: string) => Promise<Reply<D>>
  recordOf: (data: D) => R
  formOf: (record: R) => F
  /** The form of a new record. */
  empty: () => F
  /** The page's title: new, or editing. */
  titles: { create: string; edit: string }
}

/**
 * The one editor of every record that carries a `version` (活动, 通知, 学习资料, 党员): the record read by
 * id (`id` null: a new one), its form refilled whenever another version of it arrives, and writes
 * whose answer is the record's new version. The save the feature sends includes the version it read,
 * so a stale edit is refused (COMMON.CONFLICT) and `settleSave` offers to load the other one.
 */
export function useRecordEditor<D, R extends { id: string; version: number }, F>(id: string | null, options: RecordEditorOptions<D, R, F>) {
  const loaded = useLoad(id, () => options.load(id ?? ''))
  const record = loaded.data ? options.recordOf(loaded.data) : null
  const form = useRecordForm(record, { versionOf: idAndVersion, formOf: options.formOf, empty: options.empty })
  const write = useWrite()
  const title = id ? options.titles.edit : options.titles.create

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title })
  }, [title])

  /** Sends a write that answers the record's new version: it replaces the loaded one, and the form follows. */
  const writeRecord = <T extends D>(send: () => Promise<Reply<T>>, key?: string) =>
    write.run(async () => {
      const reply = await send()
      if (reply.ok) loaded.setData(reply.data)
      return reply
    }, key)

  return { ...loaded, ...form, record, busy: write.busy, run: write.run, writeRecord }
}
