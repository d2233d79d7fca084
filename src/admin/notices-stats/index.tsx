import { Text, View } from '@tarojs/components'
import { formatBeijing } from '@core/time'
import { Card } from '../../components/Card'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { useReadStats } from '../../features/notices/useManageNotices'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import './index.scss'
import { useRouteId } from '../../shared/useRouteId'

export default function NoticeStatsPage() {
  const { summary, list } = useReadStats(useRouteId())
  usePullToReload(list.reload)

  return (
    <PageRoot>
      <Loaded state={summary} missing={{ title: '没有指定通知' }}>
        {(counts) => {
          const share = counts.audienceSize ? Math.round((counts.read / counts.audienceSize) * 100) : 0
          return (
            <>
              <Card title={counts.title}>
                <View className="hl-notice-stats__numbers">
                  <Text className="hl-title" data-testid="stats-audience">
                    应读 {counts.audienceSize} 人
                  </Text>
                  <Text className="hl-title" data-testid="stats-read">
                    已读 {counts.read} 人（{share}%）
                  </Text>
                  <Text className="hl-title">未读 {Math.max(0, counts.audienceSize - counts.read)} 人</Text>
                  <Text className="hl-text" data-testid="stats-delivered">
                    其中上门送达 {counts.deliveredCount} 人
                  </Text>
                </View>
              </Card>
              {counts.delivered.length ? (
                <Card title="上门送达">
                  {counts.delivered.map((person) => (
                    <View key={person.personId} className="hl-notice-stats__person" data-testid="delivered-person">
                      <View>
                        <Text className="hl-notice-stats__name">{person.name}</Text>
                        <Tag tone="red">送达</Tag>
                      </View>
                      <Text className="hl-muted">
                        由{person.byName}上门送达 · {formatBeijing(person.at)}
                      </Text>
                    </View>
                  ))}
                </Card>
              ) : null}
              <Card title="还没有读的人">
                <Loaded inline list={list} empty={{ title: '大家都读过了。' }}>
                  {(people) =>
                    people.map((person) => (
                      <View key={person.personId} className="hl-notice-stats__person" data-testid="unread-person">
                        <View>
                          <Text className="hl-notice-stats__name">{person.name}</Text>
                          {person.elder ? <Tag tone="gold">高龄</Tag> : null}
                          {person.kind === 'resident' ? <Tag>居民</Tag> : null}
                        </View>
                        <Text className="hl-muted">
                          {[person.orgName, person.building, person.phoneMasked].filter(Boolean).join(' · ')}
                        </Text>
                        {person.helperName ? <Text className="hl-muted">结对党员：{person.helperName}（可请其转达）</Text> : null}
                      </View>
                    ))
                  }
                </Loaded>
              </Card>
            </>
          )
        }}
      </Loaded>
    </PageRoot>
  )
}
