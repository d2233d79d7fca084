import type { MeResponse } from '@core/contract'
import { LinkTilesCard } from '../../components/LinkTiles'

const LINKS = [
  { title: '微心愿', hint: '许愿 · 帮邻居圆梦', url: '/pages/community-wishes/index' },
  { title: '反映问题', hint: '20 个工作日内办结', url: '/pages/community-report/index' },
  { title: '问题墙', hint: '已解决的民生问题', url: '/pages/community-problems/index' },
  { title: '议事协商', hint: '楼栋的事大家商量', url: '/pages/community-topics/index' },
  { title: '共驻共建', hint: '共建单位 · 双报到', url: '/pages/community-partners/index' },
]

/** The `community` area's part of 首页: 微心愿, 反映问题, 问题墙 (everyone may look; posting needs a profile). */
export function HomeSection({ me }: { me: MeResponse }) {
  return <LinkTilesCard title="邻里互助" links={me.person ? LINKS : [LINKS[0], LINKS[2], LINKS[4]]} />
}
