import { cancelOrder, fetchMyOrders } from '../../services/points'
import { afterOk } from '../../shared/outcome'
import { usePagedList } from '../../shared/usePagedList'

/** My orders, newest first, and cancelling one still waiting to be collected (the list reloads after). */
export function useMyOrders() {
  const list = usePagedList('my-orders', (cursor) => fetchMyOrders(cursor))
  const cancel = async (orderId: string) => afterOk(await cancelOrder(orderId), list.reload)
  return { list, cancel }
}
