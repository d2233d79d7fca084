import type { MeResponse } from '@core/contract'
import { LinkTilesCard } from '../../components/LinkTiles'

const LINKS = [
  { title: '关爱走访', hint: '走访长辈、记下需求、当面送达通知', url: '/pages/care-visits/index' },
  { title: '志愿服务队', hint: '队伍、队长看本队时长和积分', url: '/pages/care-teams/index' },
]

/** The care network's part of 我的: Party members (helpers, 网格员, 党小组长 …) find their visits here. */
export function MineSection({ me }: { me: MeResponse }) {
  if (!me.member) return null
  return <LinkTilesCard title="关爱网络" links={LINKS} />
}
