import type { MeResponse } from '@core/contract'
import { LinkTilesCard } from '../../components/LinkTiles'

const LINKS = [
  { title: '我的心愿', hint: '我许的、我认领的', url: '/pages/community-wishes/index' },
  { title: '我的诉求', hint: '办理进度与评价', url: '/pages/community-tickets/index' },
  { title: '议事协商', hint: '投票、意见、提议', url: '/pages/community-topics/index' },
]

const EVALUATIONS = '/pages/community-evaluations/index'
const MEMBER_LINKS = [{ title: '民主评议', hint: '匿名评议与自评', url: EVALUATIONS }]
/** A resident rates in a 述职评议 once named as a 居民代表 or a partner unit's representative. */
const RESIDENT_LINKS = [{ title: '民主评议', hint: '居民代表参加书记述职评议', url: EVALUATIONS }]

/** The `community` area's part of 我的 (people with a profile). */
export function MineSection({ me }: { me: MeResponse }) {
  if (!me.person) return null
  return <LinkTilesCard title="邻里互助" links={[...LINKS, ...(me.member ? MEMBER_LINKS : RESIDENT_LINKS)]} />
}
