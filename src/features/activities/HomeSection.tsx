import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MeResponse } from '@core/contract'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { PageLink } from '../../components/PageLink'
import { activityTime } from './labels'
import { useHomeActivities } from './useHomeActivities'
import './HomeSection.scss'

/** 首页: the next activities I signed up for, or a few upcoming ones, and the way into 活动. */
export function HomeSection({ me }: { me: MeResponse }) {
  const loaded = useHomeActivities(Boolean(me.person))
  const data = loaded.data
  return (
    <Card title={data?.mine ? '我报名的活动' : '近期活动'}>
      {loaded.error && !data ? <Text className="hl-text">活动没有加载成功：{loaded.error.message}</Text> : null}
      {!data && !loaded.error ? <Text className="hl-text">正在加载活动…</Text> : null}
      {data && !data.items.length ? <Text className="hl-text">近期没有活动</Text> : null}
      {data?.items.map((item) => (
        <PageLink key={item.id} url={`/pages/activities-detail/index?id=${item.id}`} className="hl-activities-home__item">
          <Text className="hl-strong">{item.title}</Text>
          <Text className="hl-note">
            {activityTime(item.startAt, item.endAt)} · {item.place}
          </Text>
        </PageLink>
      ))}
      <BigButton kind="secondary" block onClick={() => void Taro.switchTab({ url: '/pages/activities/index' })}>
        查看全部活动
      </BigButton>
    </Card>
  )
}
