import { useRef, useState } from 'react'
import type { AppError } from '@core/errors'
import { useMe } from '../members/useMe'
import { useMyElders } from '../pairing/useMyElders'
import { useLoad } from '../../shared/useLoad'
import { usePagedList } from '../../shared/usePagedList'
import { fetchCategories, fetchMyGoodDeeds, submitGoodDeed } from '../../services/points'
import { newRequestId } from './requestId'

export interface GoodDeedDraft {
  categoryId: string
  text: string
  photos: string[]
  /** '' for myself, else the id of a paired elder. */
  forPersonId: string
}

const EMPTY: GoodDeedDraft = { categoryId: '', text: '', photos: [], forPersonId: '' }

/** 日行一善: the categories, the form (for myself or an elder I help), and my reports with their outcome. */
export function useGoodDeed() {
  const categories = useLoad('categories', () => fetchCategories())
  const me = useMe()
  const elders = useMyElders(Boolean(me.data?.pairing?.elderCount))
  const mine = usePagedList('my-deeds', (cursor) => fetchMyGoodDeeds(cursor))
  const [draft, setDraft] = useState<GoodDeedDraft>(EMPTY)
  const [busy, setBusy] = useState(false)
  const requestId = useRef(newRequestId())

  const change = (fields: Partial<GoodDeedDraft>) => setDraft((current) => ({ ...current, ...fields }))

  const submit = async (): Promise<AppError | null> => {
    setBusy(true)
    const reply = await submitGoodDeed({
      requestId: requestId.current,
      categoryId: draft.categoryId,
      text: draft.text.trim(),
      photos: draft.photos,
      ...(draft.forPersonId ? { forPersonId: draft.forPersonId } : {}),
    })
    setBusy(false)
    if (!reply.ok) return reply.error
    requestId.current = newRequestId()
    setDraft(EMPTY)
    await mine.reload()
    return null
  }

  const reload = async () => {
    await Promise.all([categories.reload(), mine.reload(), elders.reload()])
  }
  return { categories, elders: elders.elders ?? [], mine, draft, change, submit, busy, reload }
}
