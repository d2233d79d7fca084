import { useRef } from 'react'
import { fetchCategories, fetchMyGoodDeeds, submitGoodDeed } from '../../services/points'
import { newAttemptId } from '../../shared/attemptId'
import { afterOk } from '../../shared/outcome'
import { useDraft } from '../../shared/useDraft'
import { useLoad } from '../../shared/useLoad'
import { usePagedList } from '../../shared/usePagedList'
import { useWrite } from '../../shared/useWrite'
import { useMe } from '../members/useMe'
import { useMyElders } from '../pairing/useMyElders'

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
  const { draft, setDraft, bind } = useDraft<GoodDeedDraft>(EMPTY)
  const write = useWrite()
  const requestId = useRef(newAttemptId())

  const submit = () =>
    write.run(async () => {
      const reply = await submitGoodDeed({
        requestId: requestId.current,
        categoryId: draft.categoryId,
        text: draft.text.trim(),
        photos: draft.photos,
        ...(draft.forPersonId ? { forPersonId: draft.forPersonId } : {}),
      })
      return afterOk(reply, async () => {
        requestId.current = newAttemptId()
        setDraft(EMPTY)
        await mine.reload()
      })
    })

  const reload = async () => {
    await Promise.all([categories.reload(), mine.reload(), elders.reload()])
  }
  return { categories, elders: elders.elders ?? [], mine, draft, bind, submit, busy: write.busy, reload }
}
