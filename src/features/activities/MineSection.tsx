import { Text, View } from '@tarojs/components'
import type { MeResponse } from '@core/contract'
import { Card } from '../../components/Card'
import { PageLink } from '../../components/PageLink'
import { fetchPointsAccount } from '../../services/points'
import { useLoad } from '../../shared/useLoad'
import { formatMinutes } from '../points/labels'
import './MineSection.scss'

const LINKS = [
  { title: '我的活动', hint: '待参加 · 候补 · 已参加 · 已取消', url: '/pages/activities-mine/index' },
  { title: '签到签退', hint: '扫码或输入签到码', url: '/pages/activities-checkin/index' },
]

/** 我的: my activities, check-in, and my service time (from the points account). */
export function MineSection({ me }: { me: MeResponse }) {
  const account = useLoad(me.person ? 'account' : null, fetchPointsAccount)
  if (!me.person) return null
  const minutes = account.data?.minutes ?? 0
  return (
    <Card title="活动" extra={minutes ? <Text className="hl-activities-mine__minutes">志愿时长 {formatMinutes(minutes)}</Text> : undefined}>
      {LINKS.map((link) => (
        <PageLink key={link.url} url={link.url} className="hl-activities-mine__link">
          <View>
            <Text className="hl-activities-mine__title">{link.title}</Text>
            <Text className="hl-note">{link.hint}</Text>
          </View>
          <Text className="hl-activities-mine__arrow">›</Text>
        </PageLink>
      ))}
    </Card>
  )
}
