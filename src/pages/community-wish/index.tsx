import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { WishActions } from '../../features/community/WishActions'
import { WishCard } from '../../features/community/WishCard'
import { useWish } from '../../features/community/useWishes'
import { PageLoaded } from '../../shared/PageLoaded'
import { useRouteId } from '../../shared/useRouteId'

/** One wish: everything about it, and 认领 / 提交完成 / 确认完成 for whoever may. */
export default function WishPage() {
  const me = useMe()
  const { wish, claim, fulfil, confirm, busyWith } = useWish(useRouteId())
  return (
    <PageRoot>
      <PageLoaded state={wish} missing={{ title: '没有找到这个心愿', description: '请从心愿墙进入。' }}>
        {(data) => (
          <WishCard wish={data} full>
            <WishActions
              wish={data}
              busyWith={busyWith}
              signedUp={Boolean(me.data?.person)}
              claim={claim}
              fulfil={fulfil}
              confirm={confirm}
            />
          </WishCard>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
