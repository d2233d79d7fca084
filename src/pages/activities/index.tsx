import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { ActivityCard } from '../../features/activities/ActivityCard'
import { ACTIVITY_KIND_LABELS } from '../../features/activities/labels'
import { kindChipsFor } from '../../features/activities/kindChips'
import { useActivityList } from '../../features/activities/useActivityList'
import { ChipGroup } from '../../shared/ChipGroup'
import { useShowAgain } from '../../shared/useShowAgain'
import { PageRoot } from '../../features/elder/PageRoot'
import { useMe } from '../../features/members/useMe'
import { Loaded } from '../../shared/Loaded'
import { usePullToReload } from '../../shared/usePullToReload'

/** 活动: upcoming activities I may join, by kind, 20 a page, with seats left. */
export default function ActivitiesPage() {
  const params = useRouter().params
  // Opened from a helper's elder card: choosing an activity opens it with that elder chosen.
  const forPersonId = params.forPersonId || null
  const forName = params.name ? decodeURIComponent(params.name) : ''
  const detailUrl = (id: string) =>
    forPersonId ? `/pages/activities-detail/index?id=${id}&forPersonId=${forPersonId}&name=${encodeURIComponent(forName)}` : undefined
  const { kind, setKind, list } = useActivityList()
  const me = useMe()
  const [expanded, setExpanded] = useState(false)
  usePullToReload(list.reload)
  // Back from an activity (signed up, cancelled): seats and my status changed.
  useShowAgain(() => void list.reload())

  return (
    <PageRoot>
      {forPersonId ? (
        <Card title={`为${forName}报名活动`}>
          <Text className="hl-note" data-testid="for-elder-hint">
            请选择一个活动，在活动页点「帮{forName}报名」。报名记在{forName}名下，并记下由您代为报名。
          </Text>
        </Card>
      ) : null}
      <View>
        {me.data?.person ? (
          <BigButton kind="secondary" block onClick={() => void Taro.navigateTo({ url: '/pages/activities-mine/index' })}>
            我的活动
          </BigButton>
        ) : null}
        <ChipGroup
          label="活动类型"
          options={kindChipsFor(me.data?.role, expanded, kind)}
          value={kind ?? 'all'}
          onChange={(value) => (value === 'more' ? setExpanded(true) : setKind(value === 'all' ? null : value))}
        />
      </View>
      <Loaded
        list={list}
        empty={{
          title: kind ? `近期没有${ACTIVITY_KIND_LABELS[kind]}` : '近期没有可报名的活动',
          description: '新活动发布后会显示在这里。',
        }}
      >
        {(items) => items.map((item) => <ActivityCard key={item.id} item={item} url={detailUrl(item.id)} />)}
      </Loaded>
    </PageRoot>
  )
}
