import type { AppError } from '@core/errors'
import { usePagedList } from '../../shared/usePagedList'
import { cancelOrder, fetchMyOrders } from '../../services/points'

/** My orders, newest first, and cancelling one still waiting to be collected. */
export function useMyOrders() {
  const list = usePagedList('my-orders', (cursor) => fetchMyOrders(cursor))
  const cancel = async (orderId: string): Promise<AppError | null> => {
    const reply = await cancelOrder(orderId)
    if (!reply.ok) return reply.error
    await list.reload()
    return null
  }
  return { list, cancel }
}
