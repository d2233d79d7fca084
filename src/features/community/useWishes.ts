import { useRef, useState } from 'react'
import { claimWish, confirmWish, fetchMyWishes, fetchWish, fetchWishWall, fulfilWish, postWish } from '../../services/community'
import { newAttemptId } from '../../shared/attemptId'
import { afterOk } from '../../shared/outcome'
import { useDraft } from '../../shared/useDraft'
import { useLoad } from '../../shared/useLoad'
import { usePagedList } from '../../shared/usePagedList'
import { useWrite } from '../../shared/useWrite'

/** Which list of the wall: its three states, and my own two. */
export type WishShelf = 'open' | 'claimed' | 'confirmed' | 'wisher' | 'claimant'

/** 心愿墙 and 我的心愿 in one list, switched by shelf. */
export function useWishWall() {
  const [shelf, setShelf] = useState<WishShelf>('open')
  const list = usePagedList(shelf, (cursor) =>
    shelf === 'wisher' || shelf === 'claimant' ? fetchMyWishes(shelf, cursor) : fetchWishWall(shelf, cursor),
  )
  return { shelf, setShelf, list }
}

/** One wish, and what the caller may do with it: claim, fulfil (with a photo), confirm. */
export function useWish(wishId: string | null) {
  const wish = useLoad(wishId ? `wish:${wishId}` : null, async () => afterOk(await fetchWish(wishId ?? ''), (data) => data.wish))
  const write = useWrite()
  const claim = () => write.run(async () => afterOk(await claimWish(wishId ?? ''), (data) => wish.setData(data.wish)), 'claim')
  const fulfil = (photo: string, note: string) =>
    write.run(async () => afterOk(await fulfilWish({ wishId: wishId ?? '', photo, note }), (data) => wish.setData(data.wish)), 'fulfil')
  const confirm = () =>
    write.run(
      async () =>
        afterOk(await confirmWish(wishId ?? ''), (data) => {
          wish.setData(data.wish)
          return data.points
        }),
      'confirm',
    )
  return { wish, claim, fulfil, confirm, busyWith: write.busyWith }
}

export interface WishDraft {
  title: string
  text: string
  needBy: string
  photos: string[]
  /** '' for myself, else the id of a paired elder. */
  forPersonId: string
}

/** The post form: one attempt id per wish, so a re-sent post stores it once. */
export function usePostWish(initialNeedBy: string) {
  const empty: WishDraft = { title: '', text: '', needBy: initialNeedBy, photos: [], forPersonId: '' }
  const { draft, setDraft, bind } = useDraft<WishDraft>(empty)
  const write = useWrite()
  const requestId = useRef(newAttemptId())
  const submit = () =>
    write.run(async () =>
      afterOk(
        await postWish({
          requestId: requestId.current,
          title: draft.title.trim(),
          text: draft.text.trim(),
          needBy: draft.needBy,
          photo: draft.photos[0] ?? null,
          ...(draft.forPersonId ? { forPersonId: draft.forPersonId } : {}),
        }),
        (data) => {
          requestId.current = newAttemptId()
          setDraft(empty)
          return data.wish
        },
      ),
    )
  return { draft, bind, submit, busy: write.busy }
}
