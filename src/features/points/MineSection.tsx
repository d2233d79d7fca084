import { Text } from '@tarojs/components'
import type { MeResponse } from '@core/contract'
import { Card } from '../../components/Card'
import { PageLink } from '../../components/PageLink'
import './MineSection.scss'

const LINKS = [
  { title: '我的兑换（取货码）', url: '/pages/points-orders/index' },
  { title: '日行一善申报记录', url: '/pages/points-deed/index' },
  { title: '积分排行', url: '/pages/points-ranking/index' },
]

/** The `points` area's part of 我的: my orders, my reports, rankings (people with a profile). */
export function MineSection({ me }: { me: MeResponse }) {
  if (!me.person) return null
  return (
    <Card title="道德银行">
      {LINKS.map((link) => (
        <PageLink key={link.url} url={link.url} className="hl-row">
          <Text>{link.title}</Text>
          <Text className="hl-points-mine__arrow">›</Text>
        </PageLink>
      ))}
    </Card>
  )
}
