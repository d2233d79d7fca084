import { PageRoot } from '../../features/elder/PageRoot'
import { OrderCard } from '../../features/points/OrderCard'
import { useMyOrders } from '../../features/points/useMyOrders'
import { PageLoaded } from '../../shared/PageLoaded'
import { gatedPage } from '../../features/onboarding/RoleGate'

/** 我的兑换: pickup codes (with QR) of orders to collect; cancel one to get the points back. */
function OrdersPageContent() {
  const { list, cancel } = useMyOrders()

  return (
    <PageRoot>
      <PageLoaded list={list} empty={{ title: '还没有兑换记录', description: '在公益集市用积分兑换物品后，取货码会显示在这里。' }}>
        {(orders) => orders.map((order) => <OrderCard key={order.id} order={order} onCancel={cancel} />)}
      </PageLoaded>
    </PageRoot>
  )
}

export default gatedPage('points', 'signedUp', OrdersPageContent)
