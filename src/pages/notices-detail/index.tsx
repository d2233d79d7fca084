import { Text, View } from '@tarojs/components'
import { BODY_MAX_CHARS, excerptOf } from '@core/notices/rich-text'
import { Tag } from '../../components/Tag'
import { shanghaiTime } from '../../shared/dates'
import { PageRoot } from '../../features/elder/PageRoot'
import { ReadAloud } from '../../features/elder/ReadAloud'
import { NoticeBody } from '../../features/notices/NoticeBody'
import { NoticeFiles } from '../../features/notices/NoticeFiles'
import { useNotice } from '../../features/notices/useNotices'
import { PageLoaded } from '../../shared/PageLoaded'
import './index.scss'
import { useRouteId } from '../../shared/useRouteId'

export default function NoticeDetailPage() {
  const loaded = useNotice(useRouteId())
  return (
    <PageRoot>
      <PageLoaded state={loaded} missing={{ title: '没有指定通知', description: '请从通知列表打开' }}>
        {({ notice }) => (
          <View className="hl-sheet">
            <View>
              {notice.pinned ? <Tag tone="red">置顶</Tag> : null}
              {notice.status === 'withdrawn' ? <Tag>已撤回</Tag> : null}
            </View>
            <Text className="hl-page-title" aria-role="heading">
              {notice.title}
            </Text>
            <Text className="hl-notice__meta">
              {notice.authorName} · {shanghaiTime(notice.publishedAt, true)} · 发给{notice.audience.label}
            </Text>
            {notice.expiresAt ? <Text className="hl-notice__meta">有效期至 {shanghaiTime(notice.expiresAt, true)}</Text> : null}
            <ReadAloud text={`${notice.title}。${excerptOf(notice.body, BODY_MAX_CHARS)}`} />
            <NoticeBody body={notice.body} />
            <NoticeFiles notice={notice} />
          </View>
        )}
      </PageLoaded>
    </PageRoot>
  )
}
