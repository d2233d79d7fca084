import Taro from '@tarojs/taro'
import { useState } from 'react'
import { BigButton } from '../../components/BigButton'
import { RecordRow } from '../../components/RecordRow'
import { Tag } from '../../components/Tag'
import { PageRoot } from '../../features/elder/PageRoot'
import { useManagedNotices } from '../../features/notices/useManageNotices'
import { ChipGroup } from '../../shared/ChipGroup'
import { shanghaiTime } from '../../shared/dates'
import { PageLoaded } from '../../shared/PageLoaded'
import { useShowAgain } from '../../shared/useShowAgain'

const go = (url: string) => void Taro.navigateTo({ url })

const STATUS_OPTIONS = [
  { value: 'published' as const, label: '已发布' },
  { value: 'withdrawn' as const, label: '已撤回' },
]

export default function NoticesManagePage() {
  const [status, setStatus] = useState<'published' | 'withdrawn'>('published')
  const list = useManagedNotices(status)
  // Coming back from the editor: show what changed.
  useShowAgain(() => void list.reload())

  return (
    <PageRoot>
      <BigButton block onClick={() => go('/admin/notices-edit/index')}>
        发布新通知
      </BigButton>
      <ChipGroup label="显示" options={STATUS_OPTIONS} value={status} onChange={setStatus} />
      <PageLoaded list={list} empty={{ title: status === 'published' ? '还没有发布通知' : '没有撤回的通知' }}>
        {(notices) =>
          notices.map((notice) => (
            <RecordRow
              key={notice.id}
              tags={
                <>
                  {notice.pinned ? <Tag tone="red">置顶</Tag> : null}
                  {notice.expired ? <Tag>已过期</Tag> : null}
                </>
              }
              title={notice.title}
              lines={[`${shanghaiTime(notice.publishedAt, true)} · 发给${notice.audience.label} · ${notice.authorName}`]}
              actions={
                <>
                  <BigButton kind="secondary" onClick={() => go(`/admin/notices-stats/index?id=${notice.id}`)}>
                    阅读情况
                  </BigButton>
                  <BigButton kind="secondary" onClick={() => go(`/admin/notices-edit/index?id=${notice.id}`)}>
                    {notice.status === 'published' ? '修改/撤回' : '查看'}
                  </BigButton>
                </>
              }
            />
          ))
        }
      </PageLoaded>
    </PageRoot>
  )
}
