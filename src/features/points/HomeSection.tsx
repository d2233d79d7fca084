import type { MeResponse } from '@core/contract'
import { LinkTilesCard } from '../../components/LinkTiles'

const LINKS = [
  { title: '日行一善', hint: '申报好人好事', url: '/pages/points-deed/index' },
  { title: '公益集市', hint: '积分兑换', url: '/pages/points-rewards/index' },
  { title: '积分排行', hint: '本月 · 本年', url: '/pages/points-ranking/index' },
]

/** The `points` area's part of 首页: the ways into 道德银行 (people with a profile). */
export function HomeSection({ me }: { me: MeResponse }) {
  if (!me.person) return null
  return <LinkTilesCard title="道德银行" links={LINKS} />
}
