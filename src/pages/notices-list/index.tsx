import { PageRoot } from '../../features/elder/PageRoot'
import { NoticeRow } from '../../features/notices/NoticeRow'
import { useNoticeList } from '../../features/notices/useNotices'
import { PageLoaded } from '../../shared/PageLoaded'

export default function NoticesListPage() {
  const list = useNoticeList()
  return (
    <PageRoot>
      <PageLoaded list={list} empty={{ title: '暂时没有通知', description: '社区和支部发布的通知会显示在这里' }}>
        {(notices) => notices.map((notice) => <NoticeRow key={notice.id} notice={notice} />)}
      </PageLoaded>
    </PageRoot>
  )
}
