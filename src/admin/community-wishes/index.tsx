import { PageRoot } from '../../features/elder/PageRoot'
import { WishReviewActions } from '../../features/community/admin/WishReviewActions'
import { useWishReview } from '../../features/community/admin/useWishReview'
import { WishCard } from '../../features/community/WishCard'
import { PageLoaded } from '../../shared/PageLoaded'

/** 心愿审核: wishes from my branch (the committee: everyone) waiting to go on the wall. */
export default function WishReviewPage() {
  const { list, review } = useWishReview()
  return (
    <PageRoot>
      <PageLoaded list={list} empty={{ title: '没有待审核的心愿', description: '下拉可刷新。' }}>
        {(wishes) =>
          wishes.map((wish) => (
            <WishCard key={wish.id} wish={wish} full>
              <WishReviewActions wish={wish} onReview={review} />
            </WishCard>
          ))
        }
      </PageLoaded>
    </PageRoot>
  )
}
