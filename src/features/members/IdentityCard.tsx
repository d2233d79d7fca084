import { Text, View } from '@tarojs/components'
import type { MeResponse } from '@core/contract'
import { Card } from '../../components/Card'
import type { MeSummary } from './describeMe'
import './IdentityCard.scss'

/** 首页's second card: where the caller belongs, or what a visitor can do next. */
export function IdentityCard({ me, summary }: { me: MeResponse; summary: MeSummary }) {
  if (!summary.registered) {
    return (
      <Card title="您还未登记">
        <Text className="hl-identity__text">您现在是以访客身份浏览。登记为本社区居民或党员后，就可以报名社区活动、参与道德银行积分。</Text>
      </Card>
    )
  }
  return (
    <Card title="我的组织">
      {me.orgPath.length ? (
        <View className="hl-identity__path">
          {me.orgPath.map((org, index) => {
            const own = index === me.orgPath.length - 1
            return (
              <View key={org.id} className="hl-identity__org">
                <Text className="hl-identity__mark">{own ? '●' : '○'}</Text>
                <Text className={own ? 'hl-identity__name hl-identity__name--own' : 'hl-identity__name'}>{org.name}</Text>
                {own ? <Text className="hl-identity__own">我所在</Text> : null}
              </View>
            )
          })}
        </View>
      ) : (
        <Text className="hl-identity__text">您已登记为社区居民{summary.address ? `，住在${summary.address}` : ''}。</Text>
      )}
      {summary.scopeName ? <Text className="hl-identity__scope">管理范围：{summary.scopeName}</Text> : null}
    </Card>
  )
}
