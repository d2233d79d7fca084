import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { GOOD_DEED_MAX_PHOTOS } from '@core/contract/points'
import { BigButton } from '../../components/BigButton'
import { Card } from '../../components/Card'
import { FormField } from '../../components/FormField'
import { PageState } from '../../components/PageState'
import { PhotoPicker } from '../../components/PhotoPicker'
import { ChipGroup } from '../../shared/ChipGroup'
import { toastDone } from '../../shared/confirm'
import { ListFooter } from '../../shared/ListFooter'
import { PageRoot } from '../../features/elder/PageRoot'
import { FormNotice } from '../../shared/FormNotice'
import { DeedItem } from '../../features/points/DeedItem'
import { useGoodDeed } from '../../features/points/useGoodDeed'
import { usePullToReload } from '../../shared/usePullToReload'

/** 日行一善: report a good deed (for myself, or for an elder I help) and see how my reports went. */
export default function GoodDeedPage() {
  const { categories, elders, mine, draft, change, submit, busy, reload } = useGoodDeed()
  const [problem, setProblem] = useState<string | null>(null)
  usePullToReload(reload)

  if (!categories.data) {
    if (categories.error)
      return (
        <PageRoot>
          <PageState kind="error" message={categories.error.message} onRetry={() => void reload()} />
        </PageRoot>
      )
    return (
      <PageRoot>
        <PageState kind="loading" />
      </PageRoot>
    )
  }

  const onSubmit = async () => {
    if (!draft.categoryId) return setProblem('请选择类别')
    if (draft.text.trim().length < 2) return setProblem('请简单描述做了什么')
    setProblem(null)
    const error = await submit()
    if (error) setProblem(error.message)
    else toastDone('已提交，等待审核')
  }

  return (
    <PageRoot>
      <Card title="申报日行一善">
        {categories.data.items.length ? (
          <ChipGroup
            label="类别"
            options={categories.data.items.map((c) => ({ value: c.id, label: `${c.name} ${c.points}分` }))}
            value={draft.categoryId}
            onChange={(categoryId) => change({ categoryId })}
          />
        ) : (
          <Text>社区还没有设置类别，请联系社区党委。</Text>
        )}
        {elders.length ? (
          <ChipGroup
            label="为谁申报"
            options={[{ value: '', label: '我自己' }, ...elders.map((e) => ({ value: e.id, label: e.name }))]}
            value={draft.forPersonId}
            onChange={(forPersonId) => change({ forPersonId })}
          />
        ) : null}
        <FormField
          label="做了什么"
          placeholder="例如：帮独居老人买菜"
          value={draft.text}
          maxLength={300}
          onChange={(text) => change({ text })}
        />
        <PhotoPicker label="现场照片" max={GOOD_DEED_MAX_PHOTOS} value={draft.photos} onChange={(photos) => change({ photos })} />
        <FormNotice message={problem} />
        <View>
          <BigButton block busy={busy} onClick={() => void onSubmit()}>
            提交申报
          </BigButton>
        </View>
      </Card>
      <Card title="我的申报">
        {mine.loading && !mine.items.length ? <PageState kind="loading" /> : null}
        {!mine.loading && !mine.items.length ? <Text>还没有申报记录。</Text> : null}
        {mine.error ? <FormNotice message={`刷新没有成功：${mine.error.message}`} /> : null}
      </Card>
      {mine.items.map((deed) => (
        <DeedItem key={deed.id} deed={deed} />
      ))}
      <ListFooter
        hasMore={mine.hasMore}
        loadingMore={mine.loadingMore}
        error={mine.loadMoreError}
        onLoadMore={() => void mine.loadMore()}
        count={mine.items.length}
      />
    </PageRoot>
  )
}
