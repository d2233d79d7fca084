import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { GRANT_KIND_LABELS } from '@core/care/constants'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { LinkTiles } from '../../components/LinkTiles'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { gatedPage } from '../../features/onboarding/RoleGate'
import { RemoteMeetings } from '../../features/activities/RemoteMeetings'
import { visitKindText, visitLines } from '../../features/care/labels'
import { useCareScope, useMyElders, useMyVisits } from '../../features/care/useCare'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'
import '../../features/care/care.scss'

const LIST_LINKS = [
  { title: '需求清单', hint: '长辈的需求，处理或转办', url: '/admin/care-needs/index' },
  { title: '关爱记录', hint: '走访、家访、慰问', url: '/admin/care-records/index' },
  { title: '未走访名单', hint: '多久没人走访', url: '/admin/care-unvisited/index' },
  { title: '本月生日', hint: '集体生日会', url: '/admin/care-birthdays/index' },
]

/** Opens one of the existing pages with the paired elder chosen (they act for them, recorded as done by the helper). */
function forElder(page: string, elder: { id: string; name: string; building: string }) {
  const building = elder.building ? `&building=${encodeURIComponent(elder.building)}` : ''
  void Taro.navigateTo({ url: `${page}?forPersonId=${elder.id}&name=${encodeURIComponent(elder.name)}${building}` })
}

/** 关爱走访: the elders I visit (结对, or in my group or buildings) with their last visit, my records, and my lists. */
function CareVisitsContent() {
  const scope = useCareScope()
  const elders = useMyElders()
  const visits = useMyVisits()
  const reload = async () => {
    await Promise.all([scope.reload(), elders.reload(), visits.reload()])
  }
  usePullToReload(reload)
  const careKinds = Boolean(scope.data && (scope.data.manages || scope.data.grants.some((g) => g.kind !== 'liaison')))
  const hasBuildings = Boolean(scope.data?.grants.some((g) => g.buildings.length))
  return (
    <PageRoot>
      <Loaded state={scope}>
        {(mine) =>
          mine.grants.length ? (
            <Card title="我的职责">
              {mine.grants.map((grant) => (
                <Text key={grant.id} className="hl-text" data-testid="care-grant">
                  {GRANT_KIND_LABELS[grant.kind]}：{[...grant.orgNames, ...grant.buildings].join('、')}
                  {grant.kind === 'liaison' ? '（只读）' : ''}
                </Text>
              ))}
            </Card>
          ) : null
        }
      </Loaded>
      <Card title="我走访的长辈">
        <Loaded
          inline
          state={elders}
          empty={(data) =>
            !data.elders.length && { title: '还没有要走访的长辈', description: '支部为您安排结对，或社区党委授权楼栋后，这里会列出长辈' }
          }
        >
          {(data) =>
            data.elders.map((elder) => (
              <View key={elder.id} className="hl-care__elder" data-testid="care-elder">
                <View>
                  <Text className="hl-care__name">{elder.name}</Text>
                  <Tag tone={elder.via === 'paired' ? 'red' : 'neutral'}>{elder.via === 'paired' ? '结对' : '所负责'}</Tag>
                </View>
                <Text className="hl-muted">
                  {elder.building || '楼栋未登记'} · {elder.lastVisitDate ? `上次走访 ${elder.lastVisitDate}` : '还没有走访记录'}
                </Text>
                <BigButton
                  onClick={() =>
                    void Taro.navigateTo({
                      url: `/pages/care-visit/index?elderId=${elder.id}&name=${encodeURIComponent(elder.name)}${careKinds ? '&care=1' : ''}`,
                    })
                  }
                >
                  记录走访
                </BigButton>
                {elder.via === 'paired' ? (
                  <>
                    <BigButton kind="secondary" onClick={() => forElder('/pages/points-rewards/index', elder)}>
                      为长辈代兑积分
                    </BigButton>
                    <BigButton kind="secondary" onClick={() => forElder('/pages/activities/index', elder)}>
                      {`为${elder.name}报名活动`}
                    </BigButton>
                    <BigButton kind="secondary" onClick={() => forElder('/pages/community-report/index', elder)}>
                      {`为${elder.name}反映问题`}
                    </BigButton>
                    {elder.kind === 'member' ? <RemoteMeetings forPersonId={elder.id} forName={elder.name} asCard={false} /> : null}
                  </>
                ) : null}
              </View>
            ))
          }
        </Loaded>
      </Card>
      {scope.data?.readsLists ? (
        <Card title="跟进">
          <LinkTiles
            links={
              hasBuildings
                ? [...LIST_LINKS, { title: '楼栋通知未读', hint: '谁还没看到通知', url: '/pages/care-building-unread/index' }]
                : LIST_LINKS
            }
          />
        </Card>
      ) : null}
      <Card title="我记录的走访">
        <Loaded inline list={visits} empty={{ title: '还没有走访记录' }}>
          {(items) =>
            items.map((visit) => (
              <RecordRow
                key={visit.id}
                testId="my-visit"
                tags={<Tag>{visitKindText(visit)}</Tag>}
                title={visit.elderName}
                text={visit.text}
                lines={visitLines(visit)}
              />
            ))
          }
        </Loaded>
      </Card>
    </PageRoot>
  )
}

export default gatedPage('care', 'member', CareVisitsContent)
