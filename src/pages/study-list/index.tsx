import { Text } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { STUDY_TOPICS, type StudyTopic } from '@core/study/rules'
import { BigButton } from '../../components/BigButton'
import { PageState } from '../../components/PageState'
import { ChipGroup } from '../../shared/ChipGroup'
import { ListFooter } from '../../shared/ListFooter'
import { PageRoot } from '../../features/elder/PageRoot'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import { MaterialRow } from '../../features/study/MaterialRow'
import { assignedFirst, useMaterials } from '../../features/study/useStudy'
import './index.scss'

const TOPIC_OPTIONS = [{ value: '', label: '全部' }, ...STUDY_TOPICS.map((topic) => ({ value: topic, label: topic }))]

/** 学习资料 by topic; what is assigned to me comes first, earliest due date first. */
export default function StudyListPage() {
  const [topic, setTopic] = useState<string>('')
  const list = useMaterials((topic || null) as StudyTopic | null)
  usePullToReload(list.reload)
  // Back from a material: show the minutes just studied.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void list.reload()
    shown.current = true
  })
  const { assigned, others } = assignedFirst(list.items)

  return (
    <PageRoot>
      <BigButton kind="secondary" block onClick={() => void Taro.navigateTo({ url: '/pages/study-mine/index' })}>
        我的学习（学时）
      </BigButton>
      <ChipGroup label="专题" options={TOPIC_OPTIONS} value={topic} onChange={setTopic} />
      {list.error && list.items.length ? <RefreshFailedNotice error={list.error} onRetry={list.reload} /> : null}
      {!list.items.length ? (
        list.loading ? (
          <PageState kind="loading" />
        ) : list.error ? (
          <PageState kind="error" message={list.error.message} onRetry={list.reload} />
        ) : (
          <PageState
            kind="empty"
            title={topic ? `「${topic}」还没有学习资料` : '还没有学习资料'}
            description="社区党委上传的学习资料会显示在这里"
          />
        )
      ) : (
        <>
          {assigned.length ? <Text className="hl-study-list__heading">指派给我的（{assigned.length}）</Text> : null}
          {assigned.map((material) => (
            <MaterialRow key={material.id} material={material} />
          ))}
          {others.length ? <Text className="hl-study-list__heading">{assigned.length ? '其他资料' : '全部资料'}</Text> : null}
          {others.map((material) => (
            <MaterialRow key={material.id} material={material} />
          ))}
          <ListFooter
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            error={list.loadMoreError}
            onLoadMore={list.loadMore}
            count={list.items.length}
          />
        </>
      )}
    </PageRoot>
  )
}
