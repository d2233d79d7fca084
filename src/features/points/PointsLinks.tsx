import { LinkTiles } from '../../components/LinkTiles'

const LINKS = [
  { title: '日行一善', hint: '申报好人好事', url: '/pages/points-deed/index' },
  { title: '公益集市', hint: '积分兑换物品', url: '/pages/points-rewards/index' },
  { title: '我的兑换', hint: '取货码', url: '/pages/points-orders/index' },
  { title: '积分排行', hint: '本月 · 本年 · 累计', url: '/pages/points-ranking/index' },
]

/** The four doors of the points tab. */
export function PointsLinks() {
  return <LinkTiles links={LINKS} layout="grid" />
}
