import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { BigButton } from '../../components/BigButton'
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
  const { kind, setKind, list } = useActivityList()
  const me = useMe()
  const [expanded, setExpanded] = useState(false)
  usePullToReload(list.reload)
  // Back from an activity (signed up, cancelled): seats and my status changed.
  useShowAgain(() => void list.reload())

  return (
    <PageRoot>
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
        {(items) => items.map((item) => <ActivityCard key={item.id} item={item} />)}
      </Loaded>
    </PageRoot>
  )
}
