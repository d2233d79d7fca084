import { fetchPendingWishes, reviewWish } from '../../../services/community'
import { afterOk } from '../../../shared/outcome'
import { usePagedList } from '../../../shared/usePagedList'

/** 心愿审核: wishes of my subtree waiting for review; a review takes the wish off the list. */
export function useWishReview() {
  const list = usePagedList('pending-wishes', (cursor) => fetchPendingWishes(cursor))
  const review = async (wishId: string, decision: 'approve' | 'reject', reason?: string) =>
    afterOk(await reviewWish(reason ? { wishId, decision, reason } : { wishId, decision }), () => list.removeItem((w) => w.id === wishId))
  return { list, review }
}
