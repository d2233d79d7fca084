import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { BigButton } from '../../components/BigButton'
import { PageState } from '../../components/PageState'
import { Tag } from '../../components/Tag'
import { ListFooter } from '../../shared/ListFooter'
import { PageRoot } from '../../features/elder/PageRoot'
import { RefreshFailedNotice } from '../../shared/RefreshFailedNotice'
import { usePullToReload } from '../../shared/usePullToReload'
import { kindLabel, minutesText } from '../../features/study/labels'
import { useMaterials } from '../../features/study/useStudy'
import './index.scss'

/** 学习资料管理 (committee): every material, taken-down ones too; add, edit, assign. */
export default function StudyManagePage() {
  const list = useMaterials(null, true)
  usePullToReload(list.reload)
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void list.reload()
    shown.current = true
  })

  return (
    <PageRoot>
      <BigButton block onClick={() => void Taro.navigateTo({ url: '/admin/study-edit/index' })}>
        新增学习资料
      </BigButton>
      {list.error && list.items.length ? <RefreshFailedNotice error={list.error} onRetry={list.reload} /> : null}
      {!list.items.length ? (
        list.loading ? (
          <PageState kind="loading" />
        ) : list.error ? (
          <PageState kind="error" message={list.error.message} onRetry={list.reload} />
        ) : (
          <PageState kind="empty" title="还没有学习资料" description="点上方按钮上传第一份文章、音频或 PDF" />
        )
      ) : (
        list.items.map((material) => (
          <View key={material.id} className="hl-study-manage__item">
            <View>
              <Tag>{kindLabel(material.kind)}</Tag>
              <Tag>{material.topic}</Tag>
              {material.archived ? <Tag tone="red">已下架</Tag> : null}
            </View>
            <Text className="hl-study-manage__title">{material.title}</Text>
            <Text className="hl-study-manage__meta">
              约 {minutesText(material.durationMinutes)}
              {material.summary ? ` · ${material.summary}` : ''}
            </Text>
            <View className="hl-study-manage__actions">
              <BigButton kind="secondary" onClick={() => void Taro.navigateTo({ url: `/admin/study-edit/index?id=${material.id}` })}>
                修改/下架
              </BigButton>
              {!material.archived ? (
                <BigButton kind="secondary" onClick={() => void Taro.navigateTo({ url: `/admin/study-assign/index?id=${material.id}` })}>
                  指派
                </BigButton>
              ) : null}
            </View>
          </View>
        ))
      )}
      {list.items.length ? (
        <ListFooter
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          error={list.loadMoreError}
          onLoadMore={list.loadMore}
          count={list.items.length}
        />
      ) : null}
    </PageRoot>
  )
}
