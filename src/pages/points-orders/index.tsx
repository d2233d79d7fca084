import { PageState } from '../../components/PageState'
import { ListFooter } from '../../shared/ListFooter'
import { PageRoot } from '../../features/elder/PageRoot'
import { OrderCard } from '../../features/points/OrderCard'
import { useMyOrders } from '../../features/points/useMyOrders'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'

/** 我的兑换: pickup codes (with QR) of orders to collect; cancel one to get the points back. */
export default function OrdersPage() {
  const { list, cancel } = useMyOrders()
  usePullToReload(list.reload)

  let content
  if (list.error && !list.items.length) content = <PageState kind="error" message={list.error.message} onRetry={() => void list.reload()} />
  else if (list.loading && !list.items.length) content = <PageState kind="loading" />
  else if (!list.items.length)
    content = <PageState kind="empty" title="还没有兑换记录" description="在公益集市用积分兑换物品后，取货码会显示在这里。" />
  else
    content = (
      <>
        {list.error ? <RefreshFailedNotice error={list.error} onRetry={() => void list.reload()} /> : null}
        {list.items.map((order) => (
          <OrderCard key={order.id} order={order} onCancel={cancel} />
        ))}
        <ListFooter
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          error={list.loadMoreError}
          onLoadMore={() => void list.loadMore()}
          count={list.items.length}
        />
      </>
    )
  return <PageRoot>{content}</PageRoot>
}
